import CloudConfig
import Testing

/// A 100,000-digit integer where the schema wants an integer: one finding that names Python's
/// 4,300-digit limit, which makes cloud-init's loader fail; an integer within that limit is
/// compared with the schema's bounds exactly.
@Suite struct HugeIntegerTests {
    static let digits = String(repeating: "9", count: 100_000)

    @Test(arguments: ["lxd:\n  bridge:\n    mode: new\n    mtu: ", "users:\n  - default\n  - name: a\n    uid: "])
    func hundredThousandDigits(prefix: String) throws {
        for sign in ["", "-"] {
            let text = HostileInput.header + prefix + sign + Self.digits + "\n"
            let findings = HostileInput.lint(text).diagnostics.filter { $0.severity == .error }
            let finding = try #require(findings.first)
            #expect(findings.count == 1, "\(findings.map(\.message))")
            #expect(finding.ruleID == .invalidValue)
            #expect(
                finding.message
                    == "an integer of 100000 decimal digits; Python refuses to convert more than 4300, so cloud-init's "
                    + "YAML loader fails (quote it)")
        }
    }

    @Test func theLimitItselfIsCheckedAgainstTheMinimum() throws {
        let large = String(repeating: "9", count: 4300)
        let accepted = HostileInput.lint(HostileInput.header + "lxd:\n  bridge:\n    mode: new\n    mtu: \(large)\n")
        #expect(accepted.diagnostics.filter { $0.severity == .error }.isEmpty, "\(accepted.diagnostics.map(\.message))")
        let refused = HostileInput.lint(HostileInput.header + "lxd:\n  bridge:\n    mode: new\n    mtu: -\(large)\n")
        let finding = try #require(refused.diagnostics.first { $0.severity == .error })
        #expect(finding.ruleID == .outOfRange)
        // Past a double's range (309 digits) too: BigInt converts any huge value to +infinity.
        #expect(finding.message.hasSuffix(" is below the minimum -1"))
    }

    @Test func throughTheCLI() throws {
        let bytes = Array((HostileInput.header + "lxd:\n  bridge:\n    mode: new\n    mtu: \(Self.digits)\n").utf8)
        let run = try HostileInput.cli(["lint"], bytes: bytes)
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(":5:10: error: an integer of 100000 decimal digits")
                && run.stdout.contains("[invalid-value]"))
        HostileInput.expectPeak(run, input: bytes.count, factor: 1, plusMiB: 128, "100,000 digits")
    }
}
