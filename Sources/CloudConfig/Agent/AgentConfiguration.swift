/// A waagent.conf file read exactly as the Azure Linux Agent reads it
/// (`ConfigurationProvider.load` in `azurelinuxagent/common/conf.py`), with the position of
/// every key and value.
///
/// The agent splits the text on line feeds only; a line whose first character is `#` is a
/// comment; a line without `=` is ignored; the key is the text before the first `=`, stripped
/// of Unicode whitespace; the value is the rest, cut at the first `#`, stripped of double quotes
/// and spaces and then of whitespace; `None` means no value; the last entry for a key wins and
/// keys are case-sensitive. A CR before the line feed is whitespace and so disappears, except
/// where a double quote stands before it (`"a"` + CR keeps a trailing quote).
public struct AgentConfiguration: Sendable {
    /// The file.
    public let source: SourceFile
    /// Whether the agent reads the file at all.
    public let status: AgentFileStatus
    /// Every `key=value` line, in file order, duplicates included.
    public let entries: [AgentEntry]
    /// The lines the agent treats as comments (first character `#`).
    public let commentLines: [SourceRange]
    /// Lines that are neither blank nor comments and have no `=`: the agent ignores them.
    public let ignoredLines: [SourceRange]
    /// For each key, the index in ``entries`` of the entry that wins (the last one).
    public let winningEntry: [String: Int]

    /// The largest file cloudcfg reads, 256 KiB: fifty times the largest file the agent ships,
    /// small enough that hostile input stays cheap.
    public static let maximumSize = 256 * 1024

    /// Reads a file.
    ///
    /// - Parameter source: The file.
    public init(_ source: SourceFile) {
        self.source = source
        let bytes = source.bytes
        if bytes.isEmpty {
            self.status = .empty
        } else if bytes.count > Self.maximumSize {
            self.status = .tooLarge(size: bytes.count)
        } else if let offset = Self.firstInvalidUTF8(bytes) {
            self.status = .invalidEncoding(offset: offset)
        } else {
            self.status = .readable
        }
        guard bytes.count <= Self.maximumSize else {
            self.entries = []
            self.commentLines = []
            self.ignoredLines = []
            self.winningEntry = [:]
            return
        }
        var parser = Parser(source: source)
        parser.run()
        self.entries = parser.entries
        self.commentLines = parser.comments
        self.ignoredLines = parser.ignored
        var winning: [String: Int] = [:]
        for entry in parser.entries { winning[entry.key] = entry.index }
        self.winningEntry = winning
    }

    /// Reads text.
    ///
    /// - Parameters:
    ///   - path: The path shown in findings.
    ///   - text: The file's content.
    public init(path: String = "waagent.conf", text: String) {
        self.init(SourceFile(path: path, text: text))
    }

    /// The entry whose value the agent uses for a key: the last one.
    ///
    /// - Parameter key: A key, case-sensitive.
    /// - Returns: The entry, or `nil` when the key is not in the file.
    public func entry(for key: String) -> AgentEntry? {
        winningEntry[key].map { entries[$0] }
    }

    /// The agent's `values` dictionary: each key with its stored value (`nil` for `None`).
    public var values: [String: String?] {
        var values: [String: String?] = [:]
        for entry in entries { values[entry.key] = .some(entry.value) }
        return values
    }

    /// Whether the agent reads this file (it refuses an empty one and one that is not UTF-8).
    public var isReadable: Bool { status == .readable }

    /// The offset of the first byte that does not decode as UTF-8 (Python's strict decoder
    /// rejects the same bytes: overlong forms, surrogates, values above U+10FFFF), if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var index = 0
        while index < bytes.count {
            let width: Int
            switch bytes[index] {
            case 0x00...0x7F: width = 1
            case 0xC2...0xDF: width = 2
            case 0xE0...0xEF: width = 3
            case 0xF0...0xF4: width = 4
            default: return index
            }
            guard index + width <= bytes.count,
                width == 1 || String(validating: bytes[index..<index + width], as: UTF8.self) != nil
            else { return index }
            index += width
        }
        return nil
    }
}

extension AgentConfiguration {
    /// Splits the bytes as `ConfigurationProvider.load` does, recording positions.
    private struct Parser {
        let source: SourceFile
        var entries: [AgentEntry] = []
        var comments: [SourceRange] = []
        var ignored: [SourceRange] = []

        init(source: SourceFile) { self.source = source }

        mutating func run() {
            let bytes = source.bytes
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                line(start..<end)
                if end >= bytes.count { break }
                start = end + 1
            }
        }

        func range(_ bounds: Range<Int>) -> SourceRange {
            SourceRange(
                start: source.location(atOffset: bounds.lowerBound), end: source.location(atOffset: bounds.upperBound))
        }

        mutating func line(_ bounds: Range<Int>) {
            let bytes = source.bytes
            guard !bounds.isEmpty else { return }
            if bytes[bounds.lowerBound] == 0x23 {
                comments.append(range(bounds))
                return
            }
            guard let equals = bytes[bounds].firstIndex(of: 0x3D) else {
                if !PythonText.strip(bytes, bounds).isEmpty { ignored.append(range(bounds)) }
                return
            }
            let keyBounds = PythonText.strip(bytes, bounds.lowerBound..<equals)
            let afterEquals = equals + 1
            let hash = bytes[afterEquals..<bounds.upperBound].firstIndex(of: 0x23)
            let (unquoted, quote) = PythonText.stripQuotesAndSpaces(bytes, afterEquals..<(hash ?? bounds.upperBound))
            let valueBounds = PythonText.strip(bytes, unquoted)
            let kept = String(decoding: bytes[valueBounds], as: UTF8.self)
            let entry = AgentEntry(
                key: String(decoding: bytes[keyBounds], as: UTF8.self),
                value: kept == "None" ? nil : kept,
                keptText: kept,
                rawValue: String(decoding: bytes[afterEquals..<bounds.upperBound], as: UTF8.self),
                index: entries.count,
                line: source.location(atOffset: bounds.lowerBound).line,
                lineText: String(decoding: bytes[bounds], as: UTF8.self),
                lineRange: range(bounds),
                keyRange: range(keyBounds),
                equalsRange: range(equals..<afterEquals),
                valueRange: range(valueBounds),
                cutRange: hash.map { range($0..<bounds.upperBound) },
                strippedDoubleQuote: quote
            )
            entries.append(entry)
        }
    }
}
