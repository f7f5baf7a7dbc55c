import CloudConfig
import Foundation
import Testing

/// 100,000 unknown top-level keys: each reported once, in output that grows linearly with them.
@Suite struct UnknownKeysTests {
    static func keys(_ count: Int) -> [UInt8] {
        Array((HostileInput.header + (0..<count).map { "unknown_key_\($0): 1\n" }.joined()).utf8)
    }

    @Test func hundredThousandKeysAsJSON() throws {
        let bytes = Self.keys(100_000)
        let run = try HostileInput.cli(["lint", "--format", "json"], bytes: bytes)
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        let diagnostics = try #require(files.first?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 100_000)
        #expect(diagnostics.allSatisfy { $0["rule"] as? String == "unknown-key" })
        #expect(
            diagnostics.last?["message"] as? String
                == "'unknown_key_99999' is not a cloud-config key; cloud-init ignores it")
        // Linear output: each finding is a fixed-size record of about 400 bytes.
        #expect(run.stdout.utf8.count < 500 * 100_000)
        // Measured 3.5 KiB per finding (375 MiB in all); the findings, not the input, set the size.
        HostileInput.expectPeak(run, input: bytes.count, factor: 256, plusMiB: 64, "100,000 unknown keys")
    }

    /// Pretty output for 10,000 keys (a tenth, to keep the debug test run short): a fixed number
    /// of lines per finding, so 100,000 give ten times as many.
    @Test func tenThousandKeysPretty() throws {
        let run = try HostileInput.cli(["lint", "--format", "pretty"], bytes: Self.keys(10_000))
        #expect(run.status == 1)
        #expect(run.stdout.contains("10000 errors, 0 warnings, 0 notes in 1 file"))
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(lines < 8 * 10_000, "\(lines) lines")
    }
}
