import CloudConfig
import Testing

/// Nesting far past the depth limit stops at the limit with one finding that names it.
@Suite struct DeepNestingTests {
    static let limit = YAMLLimits.cloudInitLoaderDepth
    static let message = "collections nest deeper than 484 levels; cloud-init's YAML loader stops at 485 at boot"

    @Test(arguments: [("[", "]"), ("{a: ", "}")])
    func twoHundredThousandFlowLevels(open: String, close: String) throws {
        let text =
            HostileInput.header + "x: " + String(repeating: open, count: 200_000) + "y"
            + String(repeating: close, count: 200_000) + "\n"
        let result = HostileInput.lint(text)
        let finding = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(finding.ruleID == .nestingTooDeep)
        #expect(finding.message == Self.message)
        // The top-level mapping is level 1; the 484th bracket opens level 485.
        #expect(finding.range.start.line == 2)
        #expect(finding.range.start.column == 4 + (Self.limit - 1) * open.count)
        #expect(result.isUnparsable)
    }

    @Test func flowNestingThroughTheCLI() throws {
        let bytes = Array(
            (HostileInput.header + "x: " + String(repeating: "[", count: 200_000)
                + String(repeating: "]", count: 200_000))
                .utf8)
        let run = try HostileInput.cli(["lint"], bytes: bytes)
        #expect(run.status == 65)
        #expect(run.stdout.contains(":2:487: error: \(Self.message) [nesting-too-deep]"))
        HostileInput.expectPeak(run, input: bytes.count, factor: 8, plusMiB: 128, "200,000 brackets")
    }

    /// 3,000 levels of block mappings, or of block sequences (named, so that the test log does
    /// not print the text).
    static func indented(_ kind: String) -> String {
        kind == "mappings"
            ? (0..<3000).map { String(repeating: " ", count: $0) + "k:\n" }.joined()
            : "x:\n" + (1...3000).map { String(repeating: " ", count: $0) + "-\n" }.joined()
    }

    @Test(arguments: ["mappings", "sequences"])
    func threeThousandIndentedLevels(_ kind: String) throws {
        let result = HostileInput.lint(HostileInput.header + Self.indented(kind))
        let finding = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(finding.ruleID == .nestingTooDeep)
        #expect(finding.message == Self.message)
        #expect(finding.range.start.line == Self.limit + 2)
    }

    @Test func indentationThroughTheCLI() throws {
        let bytes = Array(
            (HostileInput.header + (0..<3000).map { String(repeating: " ", count: $0) + "k:\n" }.joined()).utf8)
        let run = try HostileInput.cli(["lint"], bytes: bytes)
        #expect(run.status == 65)
        #expect(run.stdout.contains(":486:485: error: \(Self.message) [nesting-too-deep]"))
        HostileInput.expectPeak(run, input: bytes.count, factor: 8, plusMiB: 128, "3,000 indented mappings")
    }
}
