import Foundation
import Testing

@testable import CloudConfig

/// The analysis the lint rules call: one finding code per trap, at the right place, with the
/// agent's actual behaviour in the message and safe fixes that do what they say.
@Suite struct AgentAnalysisTests {
    static func findings(_ text: String, version: AgentVersion = .newest, baseline: AgentBaseline? = nil)
        -> [AgentFinding]
    {
        AgentConfiguration(text: text).findings(for: version, baseline: baseline)
    }

    static func codes(_ text: String, version: AgentVersion = .newest) -> [String] {
        findings(text, version: version).map(\.code.description)
    }

    /// Applies the safe fixes of a set of findings, last edit first.
    static func applySafeFixes(_ text: String, _ findings: [AgentFinding]) -> String {
        var bytes = Array(text.utf8)
        let edits = findings.compactMap { $0.fix }.filter(\.isSafe).flatMap(\.fixIt.edits)
            .sorted { $0.range.start.offset > $1.range.start.offset }
        var lowest = Int.max
        for edit in edits where edit.range.end.offset <= lowest {
            bytes.replaceSubrange(
                edit.range.start.offset..<edit.range.end.offset, with: Array(edit.replacement.utf8))
            lowest = edit.range.start.offset
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(arguments: [
        ("files/defect-cloud-int.conf", ["provisioning-agent-value"]),
        ("files/defect-agent-case.conf", ["provisioning-agent-value", "enumeration-value"]),
        ("files/defect-agent-cloudinit.conf", ["provisioning-agent-value"]),
        ("files/defect-yes-true.conf", ["switch-value"]),
        ("files/defect-integers.conf", ["integer-value", "listed-only-option"]),
        (
            "files/defect-inline-hash.conf",
            ["inline-hash", "resource-disk-with-cloud-init", "quoted-value", "empty-value"]
        ),
        ("files/defect-indented-comment.conf", ["indented-comment"]),
        ("files/defect-duplicates.conf", ["duplicate-option"]),
        ("files/defect-crlf.conf", ["quoted-value", "ignored-line"]),
        ("files/defect-none.conf", ["switch-value", "quoted-value"]),
        ("files/defect-quotes.conf", ["quoted-value", "resource-disk-with-cloud-init", "switch-value", "empty-value"]),
        ("files/defect-case-keys.conf", ["unknown-option"]),
        (
            "files/defect-empty-values.conf",
            [
                "empty-value", "switch-value", "integer-value", "provisioning-agent-value", "unknown-option",
                "duplicate-option",
            ]
        ),
        ("files/defect-equals.conf", ["equals-in-value", "provisioning-agent-value", "switch-value"]),
        ("files/defect-unknown-keys.conf", ["unknown-option", "obsolete-option", "ignored-line"]),
        ("files/defect-obsolete.conf", ["obsolete-option"]),
        ("files/defect-bom.conf", ["byte-order-mark"]),
        ("files/defect-binary.conf", ["invalid-encoding"]),
        ("files/defect-empty.conf", ["empty-file"]),
        ("files/defect-swap.conf", ["swap-without-format", "swap-without-size"]),
        ("files/defect-provisioner.conf", ["resource-disk-with-cloud-init", "ineffective-for-provisioner"]),
        ("files/defect-disabled.conf", ["ineffective-for-provisioner"]),
        ("files/defect-wait-timeout.conf", ["wait-for-cloud-init-timeout-number"]),
        ("files/defect-version-keys.conf", ["option-not-in-version", "listed-only-option"]),
        ("files/defect-ssh-alive-text.conf", ["integer-value"]),
    ])
    func plantedDefectsAreFound(_ name: String, _ expected: [String]) throws {
        let bytes = try WaagentVerdicts.bytes(name)
        let codes = Set(AgentConfiguration(SourceFile(path: name, bytes: bytes)).findings().map(\.code.description))
        #expect(codes == Set(expected), "\(name)")
    }

    @Test(arguments: try WaagentVerdicts.testFiles().filter { $0.hasPrefix("rendered/") || $0.contains("shape-") })
    func shippedShapesAndRendersHaveNoErrors(_ name: String) throws {
        let configuration = AgentConfiguration(SourceFile(path: name, bytes: try WaagentVerdicts.bytes(name)))
        let version: AgentVersion = name.contains("debian-12") ? .debian12 : .newest
        let errors = configuration.findings(for: version).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))")
    }

    @Test func misspeltProvisioningAgentIsAnErrorAtTheValue() throws {
        let findings = Self.findings("Extensions.Enabled=y\nProvisioning.Agent=cloud-int\n")
        let finding = try #require(findings.first)
        #expect(finding.code == .provisioningAgentValue)
        #expect(finding.severity == .error)
        #expect(finding.range.start == SourceLocation(line: 2, column: 20, offset: 40))
        #expect(finding.range.end.column == 29)
        #expect(finding.message.contains("did you mean 'cloud-init'?"))
        #expect(finding.message.contains("no user and no SSH key"))
        #expect(finding.fix?.isSafe == false)
        #expect(finding.fix?.fixIt.edits.first?.replacement == "cloud-init")
    }

    @Test func caseOnlyValueAndKeyFixesAreSafe() throws {
        let text = "Provisioning.Agent=Cloud-Init\nresourcedisk.format=n\n"
        let findings = Self.findings(text)
        #expect(findings.map(\.code) == [.provisioningAgentValue, .unknownOption])
        #expect(findings.allSatisfy { $0.fix?.isSafe == true })
        #expect(findings[1].message.contains("case-sensitive"))
        let fixed = Self.applySafeFixes(text, findings)
        #expect(fixed == "Provisioning.Agent=cloud-init\nResourceDisk.Format=n\n")
        #expect(Self.findings(fixed).isEmpty)
    }

    @Test func switchValuesSayWhatTheAgentUsesAndFixSafely() throws {
        let text = "ResourceDisk.Format=yes\nLogs.Console=false\nOS.EnableFIPS=maybe\n"
        let findings = Self.findings(text)
        #expect(findings.map(\.code) == [.switchValue, .switchValue, .switchValue])
        #expect(findings[0].message == "'yes' is not y or n: the agent uses the default n for ResourceDisk.Format")
        #expect(findings[1].message == "'false' is not y or n: the agent uses the default y for Logs.Console")
        #expect(findings[2].fix == nil)
        let fixed = Self.applySafeFixes(text, findings)
        #expect(fixed == "ResourceDisk.Format=y\nLogs.Console=n\nOS.EnableFIPS=maybe\n")
        let effective = try #require(AgentConfiguration(text: fixed).effectiveConfiguration())
        #expect(effective["ResourceDisk.Format"] == .bool(true))
        #expect(effective["Logs.Console"] == .bool(false))
    }

    @Test func switchFallingBackToAnotherKeyNamesIt() throws {
        let findings = Self.findings("AutoUpdate.Enabled=n\nAutoUpdate.UpdateToLatestVersion=yes\n")
        let finding = try #require(findings.first)
        #expect(
            finding.message
                == "'yes' is not y or n: the agent uses the value of AutoUpdate.Enabled (n) for AutoUpdate.UpdateToLatestVersion"
        )
    }

    @Test func integersThatPythonRefusesFallBackToTheDefault() throws {
        let findings = Self.findings("ResourceDisk.SwapSizeMB=2048MB\nLogs.CollectPeriod=1_800\n")
        #expect(findings.map(\.code) == [.integerValue])
        let finding = try #require(findings.first)
        #expect(
            finding.message == "'2048MB' is not an integer: the agent uses the default 0 for ResourceDisk.SwapSizeMB")
        #expect(finding.fix?.fixIt.edits.first?.replacement == "2048")
        #expect(finding.fix?.isSafe == false)
    }

    @Test func inlineHashCutsTheValue() throws {
        let text = "ResourceDisk.MountPoint=/mnt/a#b\nResourceDisk.Format=n # no disk\n"
        let findings = Self.findings(text)
        #expect(findings.map(\.code) == [.inlineHash, .inlineHash])
        #expect(
            findings[0].message == "the agent cuts the value at '#': it reads 'ResourceDisk.MountPoint' as '/mnt/a'")
        #expect(findings[0].range.start.column == 31)
        #expect(findings[1].message.contains("comments belong on their own line"))
        // The comment moves to a line of its own; the '#' inside the value is part of what was
        // meant, so cutting it is not safe.
        #expect(findings.map { $0.fix?.isSafe } == [false, true])
        let fixed = Self.applySafeFixes(text, findings)
        #expect(fixed == "ResourceDisk.MountPoint=/mnt/a#b\n# no disk\nResourceDisk.Format=n\n")
        #expect(
            AgentConfiguration(text: fixed).effectiveConfiguration()
                == AgentConfiguration(text: text).effectiveConfiguration())
    }

    @Test func indentedCommentIsAKeyAndTheFixMakesItAComment() throws {
        let text = "  # ResourceDisk.Format=y\n"
        let findings = Self.findings(text)
        #expect(findings.map(\.code) == [.indentedComment])
        #expect(findings[0].key == "# ResourceDisk.Format")
        let fixed = Self.applySafeFixes(text, findings)
        #expect(fixed == "# ResourceDisk.Format=y\n")
        #expect(AgentConfiguration(text: fixed).entries.isEmpty)
    }

    @Test func duplicatesPointAtTheValueTheAgentUses() throws {
        let text = "Provisioning.Agent=cloud-init\nLogs.Verbose=n\nProvisioning.Agent=auto\n"
        let findings = Self.findings(text)
        #expect(findings.map(\.code) == [.duplicateOption])
        #expect(findings[0].range.start.line == 1)
        #expect(
            findings[0].message == "'Provisioning.Agent' is set again on line 3: the agent uses the last value, 'auto'")
        #expect(findings[0].notes.first?.range?.start.line == 3)
        let fixed = Self.applySafeFixes(text, findings)
        #expect(fixed == "Logs.Verbose=n\nProvisioning.Agent=auto\n")
    }

    @Test func obsoleteKeysAreCommentedOutSafely() throws {
        let text = "Provisioning.Enabled=n\nProvisioning.UseCloudInit=y\nLogs.Verbose=y\n"
        let findings = Self.findings(text)
        #expect(findings.map(\.code) == [.obsoleteOption, .obsoleteOption])
        #expect(findings[0].message.contains("Provisioning.Agent"))
        #expect(
            Self.applySafeFixes(text, findings)
                == "#Provisioning.Enabled=n\n#Provisioning.UseCloudInit=y\nLogs.Verbose=y\n")
        // A file of nothing but dead keys does not become the empty file the agent refuses.
        let dead = "LBProbeResponder=y\nRole.StateConsumer=None\n"
        let fixed = Self.applySafeFixes(dead, Self.findings(dead))
        #expect(fixed == "#LBProbeResponder=y\n#Role.StateConsumer=None\n")
        #expect(Self.findings(fixed).isEmpty)
    }

    @Test func aRenameNeverWritesAKeyTwice() throws {
        // The key is set already: the two lines are for the writer to merge.
        let set = Self.findings("ResourceDisk.Format=n\nresourcedisk.format=y\n")
        let unknown = try #require(set.first { $0.code == .unknownOption })
        #expect(unknown.fix == nil)
        #expect(unknown.notes.map(\.message) == ["'ResourceDisk.Format' is set here: merge the two"])
        #expect(unknown.notes.first?.range?.start.line == 1)
        // Two lines mean the same key: only the last one is renamed.
        let twice = Self.findings("PROVISIONING.AGENT=waagent\nprovisioning.agent=cloud-init\n")
        #expect(twice.map { $0.fix?.fixIt.message } == [nil, "rename to Provisioning.Agent"])
        #expect(twice.first?.notes.first?.range?.start.line == 2)
        // A listed-only key whose real key is set.
        let listed = Self.findings(
            "Debug.AutoUpdateHotfixFrequency=100\nDebug.SelfUpdateHotfixFrequency=200\n")
        #expect(listed.map(\.code) == [.listedOnlyOption])
        #expect(listed.first?.fix == nil)
    }

    @Test func versionDecidesWhichKeysExist() {
        let text = "Extensions.WaitForCloudInit=y\nExtensions.GoalStateHistoryCleanupPeriod=10\n"
        #expect(Self.codes(text, version: .debian12) == ["option-not-in-version"])
        #expect(Self.codes(text, version: .newest) == ["option-not-in-version"])
        #expect(Self.codes("AutoUpdate.UpdateToLatestVersion=n\n", version: "2.10.0.8").isEmpty)
        #expect(Self.codes("AutoUpdate.UpdateToLatestVersion=n\n", version: "2.9") == ["option-not-in-version"])
    }

    @Test func swapNeedsFormatAndSize() {
        #expect(Self.codes("ResourceDisk.EnableSwap=y\nResourceDisk.SwapSizeMB=2048\n") == ["swap-without-format"])
        #expect(Self.codes("ResourceDisk.Format=y\nResourceDisk.EnableSwap=y\n") == ["swap-without-size"])
        #expect(Self.codes("ResourceDisk.Format=y\nResourceDisk.EnableSwap=y\nResourceDisk.SwapSizeMB=2048\n").isEmpty)
    }

    @Test func waitForCloudInitTimeoutIgnoresNumbers() throws {
        let finding = try #require(Self.findings("Extensions.WaitForCloudInitTimeout=600\n").first)
        #expect(finding.code == .waitForCloudInitTimeoutNumber)
        #expect(finding.message.contains("as a switch"))
    }

    @Test func provisionerOnlyKeys() {
        #expect(
            Self.codes("Provisioning.Agent=cloud-init\nProvisioning.ExecuteCustomData=y\n") == [
                "ineffective-for-provisioner"
            ])
        #expect(Self.codes("Provisioning.Agent=cloud-init\nProvisioning.ExecuteCustomData=n\n").isEmpty)
        #expect(Self.codes("Provisioning.Agent=waagent\nProvisioning.ExecuteCustomData=y\n").isEmpty)
    }

    @Test func baselineDifferencesAreNotes() throws {
        let findings = Self.findings("Provisioning.Agent=cloud-init\nResourceDisk.Format=n\n", baseline: .generic)
        #expect(findings.allSatisfy { $0.code == .differsFromBaseline && $0.severity == .note })
        #expect(Set(findings.compactMap(\.key)) == ["Provisioning.Agent", "ResourceDisk.Format"])
        let agent = try #require(findings.first { $0.key == "Provisioning.Agent" })
        #expect(agent.message == "Provisioning.Agent is cloud-init here; the generic file ships auto")
        #expect(agent.range.start.line == 1)
        // What the file leaves out of the shipped file is noted once, at its start.
        let leftOut = try #require(findings.first { $0.key == nil })
        #expect(leftOut.range.start.offset == 0)
        #expect(leftOut.message.hasPrefix("the generic file ships "))
        #expect(leftOut.message.contains("OS.EnableFirewall=y"))
        #expect(!leftOut.message.contains("Logs.Console"))
        #expect(findings.count == 3)
    }

    @Test func byteOrderMarkGluesToTheFirstKey() throws {
        let text = "\u{FEFF}Provisioning.Agent=cloud-init\n"
        let configuration = AgentConfiguration(text: text)
        #expect(configuration.entries.first?.key == "\u{FEFF}Provisioning.Agent")
        #expect(configuration.effectiveConfiguration()?["Provisioning.Agent"] == .string("auto"))
        let findings = configuration.findings()
        #expect(findings.map(\.code) == [.byteOrderMark])
        let fixed = Self.applySafeFixes(text, findings)
        #expect(
            AgentConfiguration(text: fixed).effectiveConfiguration()?["Provisioning.Agent"] == .string("cloud-init"))
    }

    @Test func everyCodeIsDocumentedAndDistinct() {
        let names = AgentFinding.Code.all.map(\.description)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } })
    }

    @Test func messagesAreLowerCaseWithoutAFinalPeriod() throws {
        for name in try WaagentVerdicts.testFiles() {
            let configuration = AgentConfiguration(SourceFile(path: name, bytes: try WaagentVerdicts.bytes(name)))
            for finding in configuration.findings(baseline: .generic) {
                #expect(!finding.message.hasSuffix("."), "\(finding.message)")
                let word = String(finding.message.prefix { $0 != " " })
                let first = finding.message.first ?? " "
                #expect(!first.isUppercase || AgentCatalog.agent.allKeys.contains(word), "\(finding.message)")
            }
        }
    }
}
