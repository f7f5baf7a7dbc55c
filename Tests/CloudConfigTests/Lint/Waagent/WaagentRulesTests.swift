import Testing

@testable import CloudConfig

/// The waagent rule family over the agent layer: one rule per kind of finding, the agent version
/// and distribution of the run, suppressions, safe fixes, and files the agent cannot read.
@Suite struct WaagentRulesTests {
    static func lint(
        _ text: String, configuration: LintConfiguration = LintConfiguration()
    ) -> LintResult {
        Linter(configuration: configuration).lint(SourceFile(path: "waagent.conf", text: text))
    }

    @Test func everyKindOfFindingHasExactlyOneRule() {
        let codes = WaagentRules.all.map(\.code)
        #expect(Set(codes) == Set(AgentFinding.Code.all))
        #expect(Set(codes).count == codes.count)
        for rule in WaagentRules.all {
            #expect(rule.id.rawValue.hasPrefix("waagent-"), "\(rule.id)")
            #expect(rule.definition.inputKinds == [.waagent])
            #expect(RuleRegistry.definition(for: rule.id) != nil)
        }
    }

    @Test func theRunsAgentVersionDecidesWhichKeysExist() {
        let text = "Extensions.WaitForCloudInit=y\n"
        #expect(Self.lint(text).diagnostics.isEmpty)
        let debian = Self.lint(text, configuration: LintConfiguration(agentVersion: .debian12))
        #expect(debian.diagnostics.map(\.ruleID) == [.waagentOptionNotInVersion])
        #expect(debian.diagnostics.first?.message.contains("agent 2.7.3 does not read") == true)
        // --distro debian-12 brings the version Debian ships.
        let distro = Self.lint(text, configuration: LintConfiguration().overriding(distro: .debian12))
        #expect(distro.diagnostics.map(\.ruleID).contains(.waagentOptionNotInVersion))
    }

    @Test func findingsCarryTheKeyAndTheFixesSafety() throws {
        let result = Self.lint("ResourceDisk.Format=yes\nresourcedisk.filesystem=xfs\nLogs.Verbse=n\n")
        let switchValue = try #require(result.diagnostics.first { $0.ruleID == .waagentSwitchValue })
        #expect(switchValue.keyPath == "ResourceDisk.Format")
        #expect(switchValue.fixIts.map(\.isSafe) == [true])
        let unknown = result.diagnostics.filter { $0.ruleID == .waagentUnknownOption }
        // A key in another case is certainly that key; a misspelling is a guess.
        #expect(unknown.map { $0.fixIts.map(\.isSafe) } == [[true], [false]])
        #expect(unknown.map(\.keyPath) == ["resourcedisk.filesystem", "Logs.Verbse"])
    }

    @Test func aDuplicatePointsAtTheValueThatWins() throws {
        let result = Self.lint("Provisioning.Agent=auto\nProvisioning.Agent=cloud-init\n")
        let duplicate = try #require(result.diagnostics.first)
        #expect(duplicate.ruleID == .waagentDuplicateOption)
        #expect(duplicate.notes.map(\.message) == ["the agent uses this one"])
        #expect(duplicate.notes.first?.range?.start.line == 2)
    }

    @Test func onlyDisableNextLineSuppressesInWaagentConf() {
        let suppressed = Self.lint(
            "# cloudcfg: disable-next-line waagent-switch-value - on purpose\nOS.EnableRDMA=yes\n")
        #expect(suppressed.diagnostics.isEmpty, "\(suppressed.diagnostics)")
        let sameLine = Self.lint("# cloudcfg: disable-line waagent-switch-value\nOS.EnableRDMA=yes\n")
        #expect(sameLine.diagnostics.map(\.ruleID) == [.invalidSuppression, .waagentSwitchValue])
        // Indented, the line is no comment to the agent (it ignores it, having no '='), and
        // suppresses nothing.
        let indented = Self.lint(" # cloudcfg: disable-next-line waagent-switch-value\nOS.EnableRDMA=yes\n")
        #expect(indented.diagnostics.map(\.ruleID) == [.waagentSwitchValue])
        let misspelt = Self.lint("# cloudcfg: disable-next-line waagent-swich-value\nOS.EnableRDMA=yes\n")
        #expect(misspelt.diagnostics.first?.message.contains("did you mean 'waagent-switch-value'?") == true)
    }

    @Test func aFileTheAgentCannotReadIsUnparsable() {
        let binary = Linter().lint(SourceFile(path: "waagent.conf", bytes: [0x41, 0x3D, 0xFF, 0x0A]))
        #expect(binary.diagnostics.map(\.ruleID) == [.waagentInvalidEncoding])
        #expect(binary.isUnparsable)
        let large = Linter().lint(
            SourceFile(path: "waagent.conf", bytes: Array(repeating: 0x23, count: AgentConfiguration.maximumSize + 1)))
        #expect(large.diagnostics.map(\.ruleID) == [.waagentInputTooLarge])
        #expect(large.isUnparsable)
        // The agent refuses an empty file, but it is read: an error, not unparsable input.
        let empty = Linter().lint(SourceFile(path: "waagent.conf", bytes: []))
        #expect(empty.diagnostics.map(\.ruleID) == [.waagentEmptyFile])
        #expect(!empty.isUnparsable)
    }

    @Test func configuredSeveritiesApply() {
        let configuration = LintConfiguration(rules: [
            .waagentSwitchValue: .severity(.warning), .waagentQuotedValue: .off,
        ])
        let result = Self.lint("Logs.Verbose=true\nLib.Dir=\"/var/lib/waagent\"\n", configuration: configuration)
        #expect(result.diagnostics.map(\.ruleID) == [.waagentSwitchValue])
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }
}
