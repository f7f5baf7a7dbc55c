/// Checks raw bytes before parsing: size, encoding and characters YAML forbids, so that each
/// problem gets a clear message at its position instead of libyaml's byte offset.
enum YAMLInputCheck {
    /// What one pass over the input found.
    struct Scan {
        /// The first problem with the input, if any.
        var problem: Diagnostic?
        /// The offset of every tab.
        var tabs: [Int] = []
        /// The offset of every U+FEFF after the one a file may start with.
        var byteOrderMarks: [Int] = []
    }

    /// The first problem with the input, if any.
    ///
    /// - Parameters:
    ///   - source: The input.
    ///   - limits: The size limit to apply.
    /// - Returns: A diagnostic, or `nil` when the bytes are UTF-8 text YAML accepts.
    static func problem(in source: SourceFile, limits: YAMLLimits) -> Diagnostic? {
        scan(source, limits: limits).problem
    }

    /// Checks the input and notes the characters libyaml and PyYAML treat differently.
    ///
    /// - Parameters:
    ///   - source: The input.
    ///   - limits: The size limit to apply.
    /// - Returns: The first problem, and the offsets of tabs and inner byte order marks.
    static func scan(_ source: SourceFile, limits: YAMLLimits) -> Scan {
        let bytes = source.bytes
        var result = Scan()
        if bytes.count > limits.maxInputBytes {
            result.problem = Diagnostic(
                "input-too-large", .error,
                "input is \(bytes.count) bytes; the limit is \(limits.maxInputBytes)",
                at: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0)))
            return result
        }
        if let encoding = utf16Or32(bytes) {
            result.problem = Diagnostic(
                "invalid-encoding", .error,
                "input is \(encoding); cloud-init reads user-data as UTF-8",
                at: SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0)))
            return result
        }
        var index = 0
        let count = bytes.count
        while index < count {
            index = bytes.withUnsafeBufferPointer { skipPrintableASCII($0, from: index) }
            guard index < count else { break }
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F || byte == 0x0A || byte == 0x0D {
                index += 1
                continue
            }
            if byte == 0x09 {
                result.tabs.append(index)
                index += 1
                continue
            }
            if byte < 0x80 {
                let location = source.location(atOffset: index)
                let what = byte == 0 ? "a NUL byte" : "control character \(unicodeName(UInt32(byte)))"
                result.problem = Diagnostic(
                    "invalid-character", .error, "\(what) is not allowed in YAML",
                    at: SourceRange(start: location, end: source.location(atOffset: index + 1)))
                return result
            }
            guard let (scalar, length) = decode(bytes, at: index) else {
                let location = source.location(atOffset: index)
                result.problem = Diagnostic(
                    "invalid-encoding", .error,
                    "invalid UTF-8 (byte 0x\(PythonFormat.hex(UInt32(byte), width: 2).uppercased())); "
                        + "cloud-init reads user-data as UTF-8",
                    at: SourceRange(start: location, end: source.location(atOffset: index + 1)))
                return result
            }
            let printable =
                scalar == 0x85 || (0xA0...0xD7FF).contains(scalar) || (0xE000...0xFFFD).contains(scalar)
                || (0x10000...0x10FFFF).contains(scalar)
            if !printable {
                let location = source.location(atOffset: index)
                result.problem = Diagnostic(
                    "invalid-character", .error,
                    "character \(unicodeName(scalar)) is not allowed in YAML",
                    at: SourceRange(start: location, end: source.location(atOffset: index + length)))
                return result
            }
            if scalar == 0xFEFF, index > 0 { result.byteOrderMarks.append(index) }
            index += length
        }
        return result
    }

    /// The offset of the first byte from `start` on that is not printable ASCII (0x20 to 0x7E),
    /// eight bytes at a time.
    static func skipPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        let count = bytes.count
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // A byte is below 0x20 when (byte - 0x20) borrows into its high bit, 0x7F or above
            // when (byte + 0x01) sets its high bit or it already had it.
            let low = word &- 0x2020_2020_2020_2020
            let high = word &+ 0x0101_0101_0101_0101
            if (low | high | word) & 0x8080_8080_8080_8080 != 0 { break }
            index += 8
        }
        while index < count, bytes[index] >= 0x20, bytes[index] < 0x7F { index += 1 }
        return index
    }

    /// `U+0007` style names.
    static func unicodeName(_ scalar: UInt32) -> String {
        "U+" + PythonFormat.hex(scalar, width: 4).uppercased()
    }

    /// How many leading bytes decide whether an input is binary, as Git and diff decide it.
    static let binaryProbeLength = 8000

    /// A finding for input that is binary rather than text: a NUL byte or bytes that are not
    /// UTF-8 among the first bytes (a UTF-8 sequence cut by the end of the probe counts as text).
    ///
    /// - Parameter source: The input.
    /// - Returns: An `invalid-encoding` error at the first such byte, or `nil` for text.
    static func binaryContent(in source: SourceFile) -> Diagnostic? {
        let bytes = source.bytes
        let end = min(bytes.count, binaryProbeLength)
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte == 0 {
                return binary("the input is binary, not text: it has a NUL byte", at: index, in: source)
            }
            if byte < 0x80 {
                index += 1
                continue
            }
            if let (_, length) = decode(bytes, at: index) {
                index += length
                continue
            }
            // Invalid, unless the sequence is only cut short by the end of the probe.
            if bytes.count > end, index + 4 > end { break }
            let hex = PythonFormat.hex(UInt32(byte), width: 2).uppercased()
            return binary(
                "the input is binary or not UTF-8 text (byte 0x\(hex))", at: index, in: source)
        }
        return nil
    }

    private static func binary(_ what: String, at offset: Int, in source: SourceFile) -> Diagnostic {
        let location = source.location(atOffset: offset)
        return Diagnostic(
            "invalid-encoding", .error,
            "\(what); cloud-init reads user-data as UTF-8 text and ignores this",
            at: SourceRange(start: location, end: source.location(atOffset: offset + 1)))
    }

    /// Recognises UTF-16 and UTF-32 by their byte order marks or by the NUL bytes that ASCII text
    /// leaves in them.
    static func utf16Or32(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32 (big-endian)" }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32 (little-endian)" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16 (big-endian)" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16 (little-endian)" }
        if bytes.count >= 4 {
            if bytes[0] == 0, bytes[1] == 0, bytes[2] == 0, bytes[3] != 0 { return "UTF-32 (big-endian)" }
            if bytes[0] != 0, bytes[1] == 0, bytes[2] == 0, bytes[3] == 0 { return "UTF-32 (little-endian)" }
        }
        if bytes.count >= 2 {
            if bytes[0] == 0, bytes[1] != 0 { return "UTF-16 (big-endian)" }
            if bytes[0] != 0, bytes[1] == 0 { return "UTF-16 (little-endian)" }
        }
        return nil
    }

    /// Decodes one UTF-8 scalar, refusing overlong forms, surrogates and values past U+10FFFF.
    static func decode(_ bytes: [UInt8], at index: Int) -> (UInt32, Int)? {
        let lead = bytes[index]
        let length: Int
        var scalar: UInt32
        switch lead {
        case 0xC2...0xDF:
            length = 2
            scalar = UInt32(lead & 0x1F)
        case 0xE0...0xEF:
            length = 3
            scalar = UInt32(lead & 0x0F)
        case 0xF0...0xF4:
            length = 4
            scalar = UInt32(lead & 0x07)
        default:
            return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        switch length {
        case 3 where scalar < 0x800 || (0xD800...0xDFFF).contains(scalar): return nil
        case 4 where scalar < 0x10000 || scalar > 0x10FFFF: return nil
        default: return (scalar, length)
        }
    }
}
