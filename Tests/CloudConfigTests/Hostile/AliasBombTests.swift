import CloudConfig
import Testing

/// Aliases that expand past the budget are refused as an alias bomb; many aliases within it are
/// read correctly.
@Suite struct AliasBombTests {
    /// Nine levels of nine aliases each: 9^9 nodes once expanded.
    static let billionLaughs: String = {
        var text = HostileInput.header + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            text +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        return text
    }()

    @Test func billionLaughsIsRefused() throws {
        let result = HostileInput.lint(Self.billionLaughs)
        let finding = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(finding.ruleID == .aliasExpansionLimit)
        #expect(finding.message.contains("more than 1048576 nodes"))
        #expect(result.isUnparsable)
    }

    @Test func billionLaughsThroughTheCLI() throws {
        let run = try HostileInput.cli(["lint"], bytes: Array(Self.billionLaughs.utf8))
        #expect(run.status == 65)
        #expect(run.stdout.contains("aliases expand to more than 1048576 nodes"))
        #expect(run.stdout.contains("[alias-expansion-limit]"))
        HostileInput.expectPeak(run, input: 0, factor: 1, plusMiB: 128, "billion laughs")
    }

    /// A mapping of 1,000 entries (2,001 nodes) aliased 10,000 times: 20 million nodes.
    @Test func tenThousandAliasesOfALargeAnchorStopAtTheBudget() throws {
        let anchor = "{" + (0..<1000).map { "k\($0): v\($0)" }.joined(separator: ", ") + "}"
        let text = HostileInput.header + "x: &big " + anchor + "\ny:\n" + String(repeating: "- *big\n", count: 10_000)
        let result = HostileInput.lint(text)
        let finding = try #require(result.diagnostics.first)
        #expect(finding.ruleID == .aliasExpansionLimit)
        #expect(finding.message.contains("1048576"))
        // 2,001 nodes per alias: the 525th passes 2^20.
        #expect(finding.range.start.line == 3 + 525)
    }

    /// Twenty commands aliased 10,000 times, 210,000 nodes in all, are within the budget: the
    /// document is read and checked in full.
    @Test func tenThousandAliasesWithinTheBudgetAreRead() throws {
        let command = "[" + (0..<20).map { "arg\($0)" }.joined(separator: ", ") + "]"
        let text =
            HostileInput.header + "bootcmd:\n  - &c " + command + "\nruncmd:\n"
            + String(repeating: "  - *c\n", count: 10_000)
        let result = HostileInput.lint(text)
        #expect(!result.isUnparsable)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.prefix(3))")
        // A finding inside the anchor is reported at each of the 10,001 places it is read, all at
        // the anchor's position (the precedence pass once compared these with each other: quadratic).
        let bad = text.replacing("bootcmd:\n  - &c [", with: "bootcmd:\n  - &c [{a: 1}, ")
        let findings = HostileInput.lint(bad).diagnostics.filter { $0.severity == .error }
        #expect(findings.count == 10_001)
        #expect(Set(findings.map(\.range.start)).count == 1)
    }
}
