import Testing

@testable import CloudConfig

/// The banded edit distance that "did you mean" uses for every unknown key gives what the full
/// table gives, capped at the limit.
@Suite struct EditDistanceTests {
    static func full(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    @Test func bandedMatchesTheFullTable() {
        var random = SplitMix64(seed: 0xED17)
        let alphabet = Array("ab_-c".unicodeScalars)
        for _ in 0..<5_000 {
            let a = (0..<Int(random.next() % 9)).map { _ in alphabet[Int(random.next() % 5)] }
            let b = (0..<Int(random.next() % 9)).map { _ in alphabet[Int(random.next() % 5)] }
            for limit in 1...3 {
                let expected = a.isEmpty || b.isEmpty ? max(a.count, b.count) : min(Self.full(a, b), limit + 1)
                let found = HeaderAnalysis.editDistance(a, b, limit: limit)
                if abs(a.count - b.count) > limit {
                    #expect(found == limit + 1)
                } else {
                    #expect(found == expected, "\(a) \(b) \(limit)")
                }
            }
        }
    }

    @Test func suggestionsAreUnchanged() {
        #expect(Suggestion.closest(to: "pakages", among: ["packages", "package_update"]) == "packages")
        #expect(Suggestion.closest(to: "Reporting", among: ["reporting"]) == "reporting")
        #expect(Suggestion.closest(to: "write-files", among: ["write_files"]) == "write_files")
        #expect(Suggestion.closest(to: "unknown_key_1", among: ["packages", "runcmd"]) == nil)
    }
}
