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
        guard let first = needle.first, upper - lower >= needle.count else { return nil }
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

    /// A byte lower-cased when it is an ASCII capital and folding is asked for.
    @inline(__always)
    private static func fold(_ byte: UInt8, _ ignoringCase: Bool) -> UInt8 {
        ignoringCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
