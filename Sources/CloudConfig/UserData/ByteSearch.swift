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
        guard !needle.isEmpty, upper - lower >= needle.count else { return nil }
        let letter = rarestLetter(in: needle)
        guard ignoringASCIICase, let anchor = letter else {
            // The rarest small letter; without one, the last byte unless it is a line break or a
            // space, the commonest bytes of text (`\r\n` is looked for at its `\r`).
            let anchor = letter ?? needle.lastIndex { $0 != 0x0A && $0 != 0x20 } ?? needle.count - 1
            return anchoredOffset(
                of: needle, in: bytes, lower: lower, upper: upper, anchor: anchor, key: needle[anchor],
                ignoringASCIICase: ignoringASCIICase)
        }
        // A letter matches in either case: the first match is the earlier of the first with the
        // small letter there and the first with the capital, which need only be looked for
        // before it.
        let small = needle[anchor]
        let found = anchoredOffset(
            of: needle, in: bytes, lower: lower, upper: upper, anchor: anchor, key: small, ignoringASCIICase: true)
        let capitalUpper = found.map { min(upper, $0 + needle.count - 1) } ?? upper
        let capital = anchoredOffset(
            of: needle, in: bytes, lower: lower, upper: capitalUpper, anchor: anchor, key: small & ~0x20,
            ignoringASCIICase: true)
        return capital ?? found
    }

    /// For each byte, how rare it is as a small letter in text (by English letter frequencies,
    /// 1 for `e` up to 26 for `z`); 0 for other bytes.
    private static let letterRarity: [UInt8] = {
        var rarity = [UInt8](repeating: 0, count: 256)
        for (rank, letter) in "etaoinsrhldcumfpgwybvkxjqz".utf8.enumerated() { rarity[Int(letter)] = UInt8(rank + 1) }
        return rarity
    }()

    /// The position of a needle's rarest small letter, whose occurrences are the fewest places to
    /// compare the needle at; `nil` for a needle without small letters.
    private static func rarestLetter(in needle: [UInt8]) -> Int? {
        var best: Int?
        var bestRarity: UInt8 = 0
        for (position, byte) in needle.enumerated() where letterRarity[Int(byte)] > bestRarity {
            best = position
            bestRarity = letterRarity[Int(byte)]
        }
        return best
    }

    /// ``firstOffset(of:in:range:ignoringASCIICase:)`` anchored on one byte of the needle, whose
    /// value in the text is exactly `key`: `memchr` finds each occurrence of it, and only there
    /// is the needle compared. A match starts in `lower...(upper - needle.count)`.
    private static func anchoredOffset(
        of needle: [UInt8], in bytes: [UInt8], lower: Int, upper: Int, anchor: Int, key: UInt8,
        ignoringASCIICase: Bool
    ) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            needle.withUnsafeBufferPointer { pattern -> Int? in
                guard let base = buffer.baseAddress else { return nil }
                // Where the anchor byte of a match can be.
                let end = upper - pattern.count + anchor + 1
                var position = lower + anchor
                while position < end {
                    guard let found = firstIndex(of: key, in: base, from: position, to: end) else { return nil }
                    let start = found - anchor
                    var matched = 0
                    while matched < pattern.count,
                        fold(buffer[start + matched], ignoringASCIICase) == pattern[matched]
                    {
                        matched += 1
                    }
                    if matched == pattern.count { return start }
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
