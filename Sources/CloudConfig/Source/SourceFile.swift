/// The bytes of one input, with an index of its lines.
///
/// Lines are separated the way YAML 1.1, libyaml and PyYAML separate them: LF, CR LF, a lone CR,
/// and the Unicode breaks NEL (U+0085), LS (U+2028) and PS (U+2029). A UTF-8 byte order mark at
/// the start takes no column, as in editors and PyYAML, but it does take three bytes of offset.
public struct SourceFile: Sendable {
    /// The path shown in diagnostics (`-` or `<stdin>` for standard input).
    public let path: String
    /// The bytes exactly as read.
    public let bytes: [UInt8]
    /// The length of a leading UTF-8 byte order mark: 3 when present, otherwise 0.
    public let byteOrderMarkLength: Int
    /// What the one pass over the bytes found: the line index, and the characters the YAML
    /// reader checks.
    let scan: TextScan

    /// The byte offset at which each line starts; `lineStarts[0]` is always 0.
    public var lineStarts: LineStarts { scan.lineStarts }
    /// Whether every byte is ASCII, in which case a column is a byte count.
    public var isASCII: Bool { scan.isASCII }

    /// Creates a source file from bytes.
    ///
    /// - Parameters:
    ///   - path: The path shown in diagnostics.
    ///   - bytes: The content exactly as read.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        self.scan = TextScan(bytes)
        self.byteOrderMarkLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Creates a source file from text.
    ///
    /// - Parameters:
    ///   - path: The path shown in diagnostics.
    ///   - text: The content.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The content as a string; invalid UTF-8 is replaced by U+FFFD.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The number of lines, counting the empty line after a final line break; an empty file has
    /// one line.
    public var lineCount: Int { lineStarts.count }

    /// The first byte of the file's content, after any byte order mark.
    public var contentStart: Int { byteOrderMarkLength }

    /// The location of a byte offset.
    ///
    /// - Parameter offset: A 0-based byte offset, clamped to the file.
    /// - Returns: The line, the column in Unicode scalars and the offset.
    public func location(atOffset offset: Int) -> SourceLocation {
        Self.location(
            atOffset: offset, fromLine: 0, bytes: bytes, lineStarts: lineStarts, isASCII: isASCII,
            contentStart: contentStart)
    }

    /// The location of a byte offset, searching for its line from a line known to start at or
    /// before it; what ``location(atOffset:)`` gives, without taking a file.
    ///
    /// - Parameters:
    ///   - offset: A 0-based byte offset, clamped to the bytes.
    ///   - first: The 0-based line to search from (a wrong one costs a whole search, no more).
    ///   - bytes: The file's bytes.
    ///   - lineStarts: The file's line index.
    ///   - isASCII: Whether every byte is ASCII.
    ///   - contentStart: The first byte after any byte order mark.
    /// - Returns: The line, the column in Unicode scalars and the offset.
    static func location(
        atOffset offset: Int, fromLine first: Int, bytes: [UInt8], lineStarts: LineStarts, isASCII: Bool,
        contentStart: Int
    ) -> SourceLocation {
        let offset = max(0, min(offset, bytes.count))
        let lineIndex = lineStarts.line(containing: offset, from: first)
        var start = lineStarts[lineIndex]
        if lineIndex == 0 { start = min(max(start, contentStart), offset) }
        let column = isASCII ? offset - start : scalarCount(bytes, from: start, to: offset)
        return SourceLocation(line: lineIndex + 1, column: column + 1, offset: offset)
    }

    /// The location of a byte offset on a known line, without searching for the line.
    ///
    /// - Parameters:
    ///   - offset: A 0-based byte offset on the line.
    ///   - line: The 1-based line that contains the offset.
    /// - Returns: The line, the column in Unicode scalars and the offset.
    func location(atOffset offset: Int, onLine line: Int) -> SourceLocation {
        let lineIndex = line - 1
        guard lineIndex >= 0, lineIndex < lineStarts.count, lineStarts[lineIndex] <= offset,
            lineIndex + 1 == lineStarts.count || offset < lineStarts[lineIndex + 1] || offset == bytes.count
        else { return location(atOffset: offset) }
        let offset = min(offset, bytes.count)
        var start = lineStarts[lineIndex]
        if lineIndex == 0 { start = min(max(start, contentStart), offset) }
        let column = isASCII ? offset - start : Self.scalarCount(bytes, from: start, to: offset)
        return SourceLocation(line: line, column: column + 1, offset: offset)
    }

    /// The location of a 1-based line and column.
    ///
    /// - Parameters:
    ///   - line: A 1-based line, clamped to the file.
    ///   - column: A 1-based column in Unicode scalars, clamped to the line.
    /// - Returns: The location with its byte offset.
    public func location(line: Int, column: Int) -> SourceLocation {
        let lineIndex = max(0, min(line - 1, lineStarts.count - 1))
        var offset = lineStarts[lineIndex]
        if lineIndex == 0 { offset = contentStart }
        let lineEnd = contentEnd(ofLine: lineIndex + 1)
        var remaining = max(0, column - 1)
        while remaining > 0, offset < lineEnd {
            offset += 1
            while offset < lineEnd, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        let clampedColumn = column - remaining
        return SourceLocation(line: lineIndex + 1, column: max(1, clampedColumn), offset: offset)
    }

    /// The byte offset at which a line's text ends, before its line break.
    ///
    /// - Parameter line: A 1-based line number.
    /// - Returns: The offset of the line break, or of the end of the file.
    public func contentEnd(ofLine line: Int) -> Int {
        bytes.withUnsafeBufferPointer { Self.contentEnd(ofLine: line - 1, in: $0, lineStarts: lineStarts) }
    }

    /// The byte offset at which a line's text ends, before its line break; what
    /// ``contentEnd(ofLine:)`` gives, on bytes in hand.
    ///
    /// - Parameters:
    ///   - line: A 0-based line, clamped to the file.
    ///   - bytes: The file's bytes.
    ///   - lineStarts: The file's line index.
    /// - Returns: The offset of the line break, or of the end of the bytes.
    static func contentEnd(ofLine line: Int, in bytes: UnsafeBufferPointer<UInt8>, lineStarts: LineStarts) -> Int {
        let index = max(0, min(line, lineStarts.count - 1))
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? min(lineStarts[index + 1], bytes.count) : bytes.count
        // Step back over the line break that ends the line.
        if end > start, index + 1 < lineStarts.count {
            if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
                bytes[end - 1] == 0xA8 || bytes[end - 1] == 0xA9
            {
                end -= 3
            } else if end >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0x85 {
                end -= 2
            } else if bytes[end - 1] == 0x0A {
                end -= 1
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            } else if bytes[end - 1] == 0x0D {
                end -= 1
            }
        }
        return end
    }

    /// The text of a line without its line break.
    ///
    /// - Parameter line: A 1-based line number.
    /// - Returns: The line's text; invalid UTF-8 is replaced by U+FFFD.
    public func lineText(_ line: Int) -> String {
        let index = max(0, min(line - 1, lineStarts.count - 1))
        let start = index == 0 ? contentStart : lineStarts[index]
        let end = contentEnd(ofLine: index + 1)
        guard start < end else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The text of a range.
    ///
    /// - Parameter range: A range in this file.
    /// - Returns: The bytes of the range decoded as UTF-8.
    public func text(of range: SourceRange) -> String {
        let start = max(0, min(range.start.offset, bytes.count))
        let end = max(start, min(range.end.offset, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The 0-based index of the line containing a byte offset.
    func lineIndex(containing offset: Int) -> Int {
        lineStarts.line(containing: offset)
    }

    /// Counts the Unicode scalars (UTF-8 lead bytes) in `bytes[from..<to]`.
    static func scalarCount(_ bytes: [UInt8], from: Int, to: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0
            var index = max(0, from)
            let end = min(to, buffer.count)
            while index < end {
                if buffer[index] & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
            return count
        }
    }
}
