/// Checks an input before parsing: size, encoding and characters YAML forbids, so that each
/// problem gets a clear message at its position instead of libyaml's byte offset.
///
/// The bytes are not walked again: ``SourceFile`` found the forbidden characters, tabs and byte
/// order marks in the same pass that indexed its lines.
enum YAMLInputCheck {
    /// The first problem with the input, if any.
    ///
    /// - Parameters:
    ///   - source: The input.
    ///   - limits: The size limit to apply.
    /// - Returns: An error, or `nil` when the bytes are UTF-8 text YAML accepts.
    static func problem(in source: SourceFile, limits: YAMLLimits) -> YAMLError? {
        let start = SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0))
        if source.bytes.count > limits.maxInputBytes {
            return .inputTooLarge(source.bytes.count, limit: limits.maxInputBytes, at: start)
        }
        if let encoding = utf16Or32(source.bytes) { return .wideEncoding(encoding, at: start) }
        switch source.scan.firstForbidden {
        case nil:
            return nil
        case .control(let offset, let byte):
            return .controlCharacter(byte, at: range(in: source, offset: offset, length: 1))
        case .invalidUTF8(let offset, let byte):
            return .invalidUTF8(byte, at: range(in: source, offset: offset, length: 1))
        case .nonPrintable(let offset, let scalar, let length):
            return .nonPrintableCharacter(scalar, at: range(in: source, offset: offset, length: length))
        }
    }

    private static func range(in source: SourceFile, offset: Int, length: Int) -> SourceRange {
        SourceRange(start: source.location(atOffset: offset), end: source.location(atOffset: offset + length))
    }

    /// `U+0007` style names.
    static func unicodeName(_ scalar: UInt32) -> String {
        "U+" + PythonFormat.hex(scalar, width: 4).uppercased()
    }

    /// How many leading bytes decide whether an input is binary, as Git and diff decide it.
    static let binaryProbeLength = 8000

    /// The error for input that is binary rather than text: a NUL byte or bytes that are not
    /// UTF-8 among the first ``binaryProbeLength`` bytes (a UTF-8 sequence cut by the end of the
    /// probe counts as text). Reads the facts ``SourceFile`` found in its one pass over the bytes.
    ///
    /// - Parameter source: The input.
    /// - Returns: An `invalidEncoding` error at the first such byte, or `nil` for text.
    static func binaryContent(in source: SourceFile) -> YAMLError? {
        let count = source.bytes.count
        let probe = min(count, binaryProbeLength)
        var end = probe
        var invalid = source.scan.firstInvalidUTF8.flatMap { $0.offset < probe ? $0 : nil }
        if let found = invalid, count > probe, found.offset + 4 > probe {
            // Only the end of the probe may cut the sequence short: the probe ends there, as text.
            end = found.offset
            invalid = nil
        }
        if let nul = source.scan.firstNUL, nul < (invalid?.offset ?? end) {
            return .binaryWithNUL(at: range(in: source, offset: nul, length: 1))
        }
        if let invalid {
            return .binary(invalid.byte, at: range(in: source, offset: invalid.offset, length: 1))
        }
        return nil
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
            // With four bytes, the second pair must agree: a NUL before ASCII text is a NUL byte.
            let longer = bytes.count >= 4
            if bytes[0] == 0, bytes[1] != 0, !longer || bytes[2] == 0 { return "UTF-16 (big-endian)" }
            if bytes[0] != 0, bytes[1] == 0, !longer || bytes[3] == 0 { return "UTF-16 (little-endian)" }
        }
        return nil
    }
}

extension YAMLError {
    fileprivate static func binaryWithNUL(at range: SourceRange) -> Self {
        YAMLError(
            .invalidEncoding,
            "the input is binary, not text: it has a NUL byte; cloud-init reads user-data as UTF-8 text and ignores "
                + "this", at: range)
    }

    fileprivate static func binary(_ byte: UInt8, at range: SourceRange) -> Self {
        YAMLError(
            .invalidEncoding,
            "the input is binary or not UTF-8 text (byte 0x\(PythonFormat.hex(UInt32(byte), width: 2).uppercased())); "
                + "cloud-init reads user-data as UTF-8 text and ignores this", at: range)
    }

    fileprivate static func inputTooLarge(_ count: Int, limit: Int, at range: SourceRange) -> Self {
        YAMLError(.inputTooLarge, "input is \(count) bytes; the limit is \(limit)", at: range)
    }

    fileprivate static func wideEncoding(_ encoding: String, at range: SourceRange) -> Self {
        YAMLError(.invalidEncoding, "input is \(encoding); cloud-init reads user-data as UTF-8", at: range)
    }

    fileprivate static func controlCharacter(_ byte: UInt8, at range: SourceRange) -> Self {
        let what = byte == 0 ? "a NUL byte" : "control character \(YAMLInputCheck.unicodeName(UInt32(byte)))"
        return YAMLError(.invalidCharacter, "\(what) is not allowed in YAML", at: range)
    }

    fileprivate static func invalidUTF8(_ byte: UInt8, at range: SourceRange) -> Self {
        YAMLError(
            .invalidEncoding,
            "invalid UTF-8 (byte 0x\(PythonFormat.hex(UInt32(byte), width: 2).uppercased())); "
                + "cloud-init reads user-data as UTF-8", at: range)
    }

    fileprivate static func nonPrintableCharacter(_ scalar: UInt32, at range: SourceRange) -> Self {
        YAMLError(
            .invalidCharacter, "character \(YAMLInputCheck.unicodeName(scalar)) is not allowed in YAML", at: range)
    }
}
