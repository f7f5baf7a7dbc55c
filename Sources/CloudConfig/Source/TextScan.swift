/// What one pass over an input's bytes finds: where its lines start, whether it is ASCII, and
/// the characters that readers of YAML forbid or treat differently.
///
/// ``SourceFile`` makes this pass once, when it is created; the YAML reader then checks the
/// input from these facts instead of walking the bytes again.
struct TextScan: Sendable {
    /// A character that makes the bytes unfit as YAML text.
    enum Forbidden: Sendable, Hashable {
        /// An ASCII control character other than tab, line feed and carriage return (NUL, BEL,
        /// DEL, ...).
        case control(offset: Int, byte: UInt8)
        /// A byte that does not start a valid UTF-8 sequence (an overlong form, a surrogate, a
        /// value past U+10FFFF, a truncated or stray byte).
        case invalidUTF8(offset: Int, byte: UInt8)
        /// A valid scalar outside YAML's printable set (C1 controls, U+FFFE, U+FFFF).
        case nonPrintable(offset: Int, scalar: UInt32, length: Int)
    }

    /// The byte offset at which each line starts; the first is always 0. Lines end at LF, CR LF,
    /// a lone CR, NEL (U+0085), LS (U+2028) and PS (U+2029), as in YAML 1.1, libyaml and PyYAML.
    private(set) var lineStarts = LineStarts()
    /// Whether every byte is ASCII.
    private(set) var isASCII = true
    /// Whether every byte after a leading UTF-8 byte order mark is ASCII (``isASCII`` when there
    /// is no mark).
    private(set) var isASCIIAfterByteOrderMark = true
    /// The offset of every tab.
    private(set) var tabs: [Int] = []
    /// The offset of every U+FEFF after the one a file may start with.
    private(set) var innerByteOrderMarks: [Int] = []
    /// The first character YAML forbids, if any.
    private(set) var firstForbidden: Forbidden?
    /// The offset of the first NUL byte, if any: binary data rather than text.
    private(set) var firstNUL: Int?
    /// The first byte that does not start a valid UTF-8 sequence, if any.
    private(set) var firstInvalidUTF8: (offset: Int, byte: UInt8)?

    /// Scans bytes.
    ///
    /// - Parameter bytes: The input exactly as read.
    init(_ bytes: [UInt8]) {
        let byteOrderMarkLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var index = 0
            while index < count {
                index = Self.skipPrintableASCII(buffer, from: index)
                guard index < count else { break }
                let byte = buffer[index]
                if byte < 0x80 {
                    switch byte {
                    case 0x0A:
                        lineStarts.append(index + 1)
                    case 0x0D:
                        if index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                        lineStarts.append(index + 1)
                    case 0x09:
                        tabs.append(index)
                    default:
                        // Below 0x20 or DEL: the printable ASCII bytes were skipped above.
                        if firstForbidden == nil { firstForbidden = .control(offset: index, byte: byte) }
                        if byte == 0, firstNUL == nil { firstNUL = index }
                    }
                    index += 1
                    continue
                }
                isASCII = false
                if index >= byteOrderMarkLength { isASCIIAfterByteOrderMark = false }
                guard let (scalar, length) = Self.decode(buffer, at: index) else {
                    // Go on byte by byte: the line index must cover the whole input.
                    if firstForbidden == nil { firstForbidden = .invalidUTF8(offset: index, byte: byte) }
                    if firstInvalidUTF8 == nil { firstInvalidUTF8 = (index, byte) }
                    index += 1
                    continue
                }
                switch scalar {
                case 0x85, 0x2028, 0x2029:
                    lineStarts.append(index + length)
                case 0xFEFF:
                    if index > 0 { innerByteOrderMarks.append(index) }
                default:
                    if firstForbidden == nil, !Self.isPrintable(scalar) {
                        firstForbidden = .nonPrintable(offset: index, scalar: scalar, length: length)
                    }
                }
                index += length
            }
        }
    }

    /// Whether a non-ASCII scalar is in YAML's printable set.
    static func isPrintable(_ scalar: UInt32) -> Bool {
        scalar == 0x85 || (0xA0...0xD7FF).contains(scalar) || (0xE000...0xFFFD).contains(scalar)
            || (0x10000...0x10FFFF).contains(scalar)
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

    /// Decodes one UTF-8 scalar, refusing overlong forms, surrogates and values past U+10FFFF.
    ///
    /// - Returns: The scalar and the number of bytes it takes, or `nil` when the bytes at
    ///   `index` are not a valid sequence.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
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
