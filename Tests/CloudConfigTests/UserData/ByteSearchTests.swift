import Testing

@testable import CloudConfig

/// `ByteSearch.firstOffset` against the plain definition (the first offset in the range where
/// every needle byte matches, folded when asked), over every short text of a small alphabet.
@Suite struct ByteSearchTests {
    static func reference(_ needle: [UInt8], _ bytes: [UInt8], _ range: Range<Int>, _ ignoringCase: Bool) -> Int? {
        func fold(_ byte: UInt8) -> UInt8 { ignoringCase && (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
        let lower = max(0, range.lowerBound)
        let upper = min(bytes.count, range.upperBound)
        guard !needle.isEmpty, upper - lower >= needle.count else { return nil }
        for start in lower...(upper - needle.count)
        where (0..<needle.count).allSatisfy({ fold(bytes[start + $0]) == needle[$0] }) {
            return start
        }
        return nil
    }

    /// Every text of at most four bytes over the alphabet, the empty text first.
    static func texts(over alphabet: String) -> [[UInt8]] {
        var texts: [[UInt8]] = [[]]
        var current: [[UInt8]] = [[]]
        for _ in 0..<4 {
            current = current.flatMap { prefix in alphabet.utf8.map { prefix + [$0] } }
            texts += current
        }
        return texts
    }

    @Test(arguments: ["m:", "a:", ":", "am:", "Am:", "ma", "mA", "aa", "/a:"])
    func findsWhatThePlainDefinitionFinds(needleText: String) {
        let needle = Array(needleText.utf8)
        for bytes in Self.texts(over: "aAmM:/") {
            for range in [
                0..<bytes.count, min(1, bytes.count)..<bytes.count, 0..<max(0, bytes.count - 1), 2..<4, 0..<100,
            ] {
                for ignoringCase in [false, true] {
                    #expect(
                        ByteSearch.firstOffset(of: needle, in: bytes, range: range, ignoringASCIICase: ignoringCase)
                            == Self.reference(needle, bytes, range, ignoringCase),
                        "\(needleText) in \(String(decoding: bytes, as: UTF8.self)) \(range) \(ignoringCase)")
                }
            }
        }
    }

    /// Needles searched at another byte than their last: their rarest letter (in the middle, or
    /// first), or, without letters, the last byte that is not a line break or a space.
    @Test(arguments: ["vm", "mv:", "a v", "v\n", ":\n", "\n:", " \n", "\n", "v ", "\r\n"])
    func findsWhatThePlainDefinitionFindsAtOtherAnchors(needleText: String) {
        let needle = Array(needleText.utf8)
        for bytes in Self.texts(over: "vVm:\n \r") {
            for range in [0..<bytes.count, min(1, bytes.count)..<bytes.count, 0..<max(0, bytes.count - 1)] {
                for ignoringCase in [false, true] {
                    #expect(
                        ByteSearch.firstOffset(of: needle, in: bytes, range: range, ignoringASCIICase: ignoringCase)
                            == Self.reference(needle, bytes, range, ignoringCase),
                        "\(needle) in \(bytes) \(range) \(ignoringCase)")
                }
            }
        }
    }

    @Test(arguments: ["m", "a", "A", ":", "/"])
    func containsWhatThePlainDefinitionFinds(needleText: String) {
        let needle = Array(needleText.utf8)
        for bytes in Self.texts(over: "aAm:") {
            #expect(ByteSearch.contains(needle[0], in: bytes) == bytes.contains(needle[0]), "\(needleText) in \(bytes)")
        }
    }
}
