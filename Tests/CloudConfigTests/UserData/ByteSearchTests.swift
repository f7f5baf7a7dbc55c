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

    @Test(arguments: ["m:", "a:", ":", "am:", "Am:", "ma", "mA", "aa", "/a:"])
    func findsWhatThePlainDefinitionFinds(needleText: String) {
        let needle = Array(needleText.utf8)
        let alphabet: [UInt8] = Array("aAmM:/".utf8)
        var texts: [[UInt8]] = [[]]
        var current: [[UInt8]] = [[]]
        for _ in 0..<4 {
            current = current.flatMap { prefix in alphabet.map { prefix + [$0] } }
            texts += current
        }
        for bytes in texts {
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

    @Test(arguments: ["m", "a", "A", ":", "/"])
    func containsWhatThePlainDefinitionFinds(needleText: String) {
        let needle = Array(needleText.utf8)
        let alphabet: [UInt8] = Array("aAm:".utf8)
        var texts: [[UInt8]] = [[]]
        var current: [[UInt8]] = [[]]
        for _ in 0..<4 {
            current = current.flatMap { prefix in alphabet.map { prefix + [$0] } }
            texts += current
        }
        for bytes in texts {
            #expect(ByteSearch.contains(needle[0], in: bytes) == bytes.contains(needle[0]), "\(needleText) in \(bytes)")
        }
    }
}
