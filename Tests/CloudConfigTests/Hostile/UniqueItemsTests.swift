import CloudConfig
import Testing

/// 100,000 items under a key whose items must be unique: checked in linear time, and the one
/// repeated item reported where it is.
@Suite struct UniqueItemsTests {
    static func servers(_ count: Int, repeating: Int? = nil) -> String {
        var text = HostileInput.header + "ntp:\n  servers:\n"
        for index in 0..<count { text += "    - s\(index).example.com\n" }
        if let repeating { text += "    - s\(repeating).example.com\n" }
        return text
    }

    @Test func hundredThousandDistinctServers() {
        let result = HostileInput.lint(Self.servers(100_000))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.prefix(3).map(\.message))")
    }

    @Test func oneRepeatedServerIsReported() throws {
        let result = HostileInput.lint(Self.servers(100_000, repeating: 5))
        let finding = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(finding.ruleID == .outOfRange)
        #expect(finding.message == "this item repeats item 5; the list must not repeat items")
        #expect(finding.range.start.line == 100_004)
    }

    @Test func throughTheCLI() throws {
        let bytes = Array(Self.servers(100_000, repeating: 99_999).utf8)
        let run = try HostileInput.cli(["lint"], bytes: bytes)
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(
                ":100004:7: error: this item repeats item 99999; the list must not repeat items [out-of-range]"))
        HostileInput.expectPeak(run, input: bytes.count, factor: 32, plusMiB: 128, "100,000 servers")
    }
}
