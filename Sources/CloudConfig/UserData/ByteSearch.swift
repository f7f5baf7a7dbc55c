#if canImport(Glibc)
    import Glibc
#endif

/// Plain searches in bytes.
///
/// `Collection.firstRange(of:)` from the standard library's string processing is generic and,
/// for the few bytes user-data sniffing looks for, several times slower than a loop: on a
/// 230-line file the two searches took as long as parsing the YAML. These loops keep
/// `cloudcfg lint` start-up cheap.
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `bytes[range]`.
    ///
    /// - Parameters:
    ///   - needle: The bytes to find; not empty.
    ///   - bytes: The bytes to search.
    ///   - range: Where to search; clamped to `bytes`.
    ///   - ignoringASCIICase: Whether `A`–`Z` in `bytes` match `a`–`z` in `needle` (which must be
    ///     lower case).
    /// - Returns: The offset at which `needle` starts, or `nil`.
    static func firstOffset(
        of needle: [UInt8], in bytes: [UInt8], range: Range<Int>? = nil, ignoringASCIICase: Bool = false
    ) -> Int? {
        let lower = max(0, range?.lowerBound ?? 0)
        let upper = min(bytes.count, range?.upperBound ?? bytes.count)
        guard let first = needle.first, let last = needle.last, upper - lower >= needle.count else { return nil }
        let isLetter = (0x41...0x5A).contains(last) || (0x61...0x7A).contains(last)
        if !ignoringASCIICase || !isLetter {
            return anchoredOffset(
                of: needle, in: bytes, lower: lower, upper: upper, ignoringASCIICase: ignoringASCIICase)
        }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            needle.withUnsafeBufferPointer { pattern -> Int? in
                var index = lower
                let last = upper - pattern.count
                while index <= last {
                    if fold(buffer[index], ignoringASCIICase) == first {
                        var matched = 1
                        while matched < pattern.count,
                            fold(buffer[index + matched], ignoringASCIICase) == pattern[matched]
                        {
                            matched += 1
                        }
                        if matched == pattern.count { return index }
                    }
                    index += 1
                }
                return nil
            }
        }
    }

    /// ``firstOffset(of:in:range:ignoringASCIICase:)`` for a needle whose last byte folding does
    /// not change: `memchr` finds each occurrence of that byte (in user-data, `:` or `/` a few
    /// times a line), and only there are the bytes before it compared.
    private static func anchoredOffset(
        of needle: [UInt8], in bytes: [UInt8], lower: Int, upper: Int, ignoringASCIICase: Bool
    ) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            needle.withUnsafeBufferPointer { pattern -> Int? in
                guard let base = buffer.baseAddress else { return nil }
                let anchor = pattern.count - 1
                let key = pattern[anchor]
                var position = lower + anchor
                while position < upper {
                    guard let found = firstIndex(of: key, in: base, from: position, to: upper) else { return nil }
                    let start = found - anchor
                    var matched = 0
                    while matched < anchor, fold(buffer[start + matched], ignoringASCIICase) == pattern[matched] {
                        matched += 1
                    }
                    if matched == anchor { return start }
                    position = found + 1
                }
                return nil
            }
        }
    }

    /// Whether `bytes` contains a byte (`memchr`, not a loop over the array).
    ///
    /// - Parameters:
    ///   - byte: The byte to find.
    ///   - bytes: The bytes to search.
    /// - Returns: Whether the byte occurs.
    static func contains(_ byte: UInt8, in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return firstIndex(of: byte, in: base, from: 0, to: buffer.count) != nil
        }
    }

    /// The first offset of a byte in `base[from..<to]`.
    @inline(__always)
    private static func firstIndex(of byte: UInt8, in base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int? {
        #if canImport(Glibc)
            guard let found = memchr(base + from, Int32(byte), to - from) else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        #else
            var index = from
            while index < to {
                if base[index] == byte { return index }
                index += 1
            }
            return nil
        #endif
    }

    /// A byte lower-cased when it is an ASCII capital and folding is asked for.
    @inline(__always)
    private static func fold(_ byte: UInt8, _ ignoringCase: Bool) -> UInt8 {
        ignoringCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
