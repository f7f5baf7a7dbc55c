import CloudConfig
import Testing

/// The Swift examples of the DocC articles, compiled and run: every `swift` code block in the
/// catalog appears in this file (checked by ``DocumentationCatalogTests``), so an article cannot
/// show code that does not build or does not do what it says.
@Suite struct ArticleExamplesTests {
    /// GettingStarted.md: lint a string, read the findings, apply the fixes.
    @Test func gettingStarted() {
        let userData = """
            #cloud-config
            package_update: yes
            write_files:
              - path: /etc/motd
                permissions: 644
                content: hello
            """
        let result = Linter().lint(userData, path: "user-data.yaml")
        for finding in result.diagnostics {
            print(finding.range.start, finding.severity, finding.ruleID, finding.message)
        }
        #expect(result.diagnostics.map(\.ruleID) == [.truthy, .writeFilesPermissions])
        #expect(LintSummary([result]).fails(strict: false))

        let source = SourceFile(path: "user-data.yaml", text: userData)
        let findings = Linter().lint(source).diagnostics
        let fixed = source.applying(findings.compactMap(\.fixIts.first))
        print(fixed.source.text)
        #expect(fixed.source.text.contains("package_update: true\n"))
        #expect(fixed.source.text.contains("permissions: '644'\n"))
        #expect(Linter().lint(fixed.source).diagnostics.isEmpty)
    }

    /// FixIts.md: fix an input as `cloudcfg lint --fix` does, and show the change.
    @Test func fixing() {
        let userData = "#cloud-config\npackage_update: yes\npakages: [nginx]\n"
        let outcome = Linter().fix(SourceFile(path: "user-data.yaml", text: userData), as: .userData)
        for held in outcome.heldBack {
            print(held.diagnostic.ruleID, held.reason)
        }
        let diff = UnifiedDiff(old: outcome.original.bytes, new: outcome.fixed.bytes, path: "user-data.yaml")
        print(String(decoding: diff.bytes, as: UTF8.self))
        #expect(outcome.fixed.text.contains("package_update: true\n"))
        // The did-you-mean rename is a suggestion: held back, the key left as written.
        #expect(outcome.fixed.text.contains("pakages:"))
        #expect(outcome.heldBack.contains { $0.diagnostic.ruleID == .unknownKey })
        #expect(String(decoding: diff.bytes, as: UTF8.self).contains("+package_update: true\n"))
    }

    /// CloudInitReleases.md: lint for a release, and ask the catalog about a key.
    @Test func releases() throws {
        let text = "#cloud-config\nubuntu_pro:\n  token: x\n"
        let debian = Linter(configuration: LintConfiguration(target: .debian12))
        let findings = debian.lint(text).diagnostics
        #expect(findings.map(\.ruleID) == [.unsupportedKey])
        #expect(Linter().lint(text).diagnostics.isEmpty)

        let permissions = Catalog.cloudConfig.schema(at: "write_files.permissions")
        print(permissions?.summary ?? "no such key")
        let pro = Catalog.cloudConfig.schema(at: "ubuntu_pro")
        print(pro?.isAvailable(in: .debian12) == true)  // false: added in 24.1
        #expect(permissions?.types == [.string])
        #expect(pro?.isAvailable(in: .debian12) == false)
        #expect(pro?.isAvailable(in: .newest) == true)
    }

    /// AzureLinuxAgent.md: read waagent.conf as the agent does.
    @Test func agent() {
        let configuration = AgentConfiguration(
            text: """
                Provisioning.Agent=cloud-init
                ResourceDisk.Format=yes # the agent reads this as "yes # the agent ..."
                """)
        let effective = AgentEffectiveConfiguration(configuration, version: .debian12)
        print(effective["ResourceDisk.Format"] ?? .null)  // n: the value is not "y", so the default
        for finding in AgentAnalysis(version: .debian12).findings(in: configuration) {
            print(finding.range.start, finding.code, finding.message)
        }
        #expect(effective["ResourceDisk.Format"] == .bool(false))
        let codes = Set(AgentAnalysis(version: .debian12).findings(in: configuration).map(\.code))
        #expect(codes.contains(.switchValue) && codes.contains(.inlineHash))
        let linted = Linter().lint(configuration.source.text, path: "waagent.conf", as: .waagent)
        #expect(linted.diagnostics.contains { $0.ruleID == .waagentSwitchValue })
    }

    /// SystemConfigurationAndImages.md: merge drop-ins, and lint the files of an image together.
    @Test func systemConfigurationAndImages() throws {
        let base = SystemConfigFile(SourceFile(path: "etc/cloud/cloud.cfg", text: "datasource_list: [NoCloud]\n"))
        let dropIn = SystemConfigFile(
            SourceFile(path: "etc/cloud/cloud.cfg.d/90-azure.cfg", text: "datasource_list: [Azure]\n"))
        let merged = SystemConfiguration(base: base, dropIns: [dropIn])
        print(try YAMLEmitter.emit(merged.value))  // datasource_list: [Azure], from the drop-in
        #expect(merged.failure == nil)
        #expect(merged.origin(of: ["datasource_list"])?.file.path == "etc/cloud/cloud.cfg.d/90-azure.cfg")

        let results = Linter().lint(together: [
            LintInput(SourceFile(path: "etc/waagent.conf", text: "Provisioning.Agent=cloud-init\n")),
            LintInput(SourceFile(path: "etc/cloud/cloud.cfg.d/90-ds.cfg", text: "datasource_list: [NoCloud]\n")),
        ])
        for result in results {
            for finding in result.diagnostics { print(result.path, finding.ruleID, finding.message) }
        }
        let rules = results.flatMap(\.diagnostics).map(\.ruleID)
        #expect(rules.contains(RuleID(rawValue: "image-datasource-without-azure")))
    }

    /// DistrosAndProvisioners.md: a distribution's facts, its waagent.conf, and linting it.
    @Test func distros() throws {
        let debian = DistroProfile.debian12
        print(debian.provisioner.value, debian.provisioner.evidence)  // cloud-init, verified
        print(debian.provisioningAgent(for: .generalized))  // cloud-init
        let waagentConf = try debian.renderAgentConfiguration(for: .generalized)
        let linter = Linter(configuration: LintConfiguration().overriding(distro: debian))
        let findings = linter.lint(waagentConf, path: "waagent.conf", as: .waagent).diagnostics
        print(findings.filter { $0.severity != .note })  // []
        #expect(findings.allSatisfy { $0.severity == .note })
        #expect(debian.provisioner.value == .cloudInit)
        #expect(debian.provisioningAgent(for: .specialized) == .disabled)
        for step in debian.generalizeSteps(for: .generalized) {
            print(step.command, "#", step.why)
        }
        #expect(!debian.generalizeSteps(for: .generalized).isEmpty)
    }

    /// GeneratingArtifacts.md: a plan, rendered and checked.
    @Test func generation() throws {
        var parameters = PlanParameters()
        parameters.identity = try HostIdentity(hostname: "web-01", fqdn: "web-01.example.net")
        parameters.packages = ["nginx"]
        parameters.commands = [.exec(["systemctl", "enable", "--now", "nginx"])]
        let plan = try ProvisioningPlan(distro: .debian12, parameters: parameters)
        let output = Generator().generate(plan)
        for artifact in output.artifacts {
            print(artifact.file, artifact.kind, artifact.installPath ?? "-")
        }
        print(output.isWritable)  // true: every artifact lints clean
        #expect(output.isWritable)
        #expect(output.artifacts.map(\.kind).contains(.userData))
        #expect(output.artifacts.map(\.kind).contains(.waagentConf))
        // Flatcar has no package manager: the plan is refused, at the field.
        #expect(throws: PlanError.self) { try ProvisioningPlan(distro: .flatcar, parameters: parameters) }
    }

    /// IgnitionForFlatcar.md: a config for Flatcar, validated and written as JSON.
    @Test func ignition() {
        let config = IgnitionConfig(
            users: [IgnitionUser(name: "core", sshAuthorizedKeys: ["ssh-ed25519 AAAAC3Nza... admin"])],
            files: [.text("/etc/hostname", "web-01\n", mode: 0o644)],
            units: [IgnitionUnit(name: "nginx.service", enabled: true)])
        let problems = config.validate()
        print(problems.isEmpty ? config.serialized() : problems.map(\.description).joined(separator: "\n"))
        #expect(problems.isEmpty)
        #expect(config.serialized().contains("\"version\": \"3.3.0\""))
        let broken = IgnitionConfig(files: [.text("etc/hostname", "x\n")])
        #expect(broken.validate().map(\.code) == [.relativePath])
    }

    /// UserDataEnvelopes.md: open user-data as cloud-init does, build a MIME message, measure it.
    @Test func envelopes() throws {
        let message = try MIMEBuilder.build([
            MIMEPart(text: "#cloud-config\nhostname: web-01\n", contentType: "text/cloud-config"),
            MIMEPart(text: "#!/bin/sh\necho hello\n", contentType: "text/x-shellscript", filename: "hello.sh"),
        ])
        let envelope = UserDataEnvelope.open(SourceFile(path: "user-data", bytes: message))
        for part in envelope.parts {
            print(part.filename, part.kind, part.handler.map(\.rawValue) ?? "none")
        }
        let report = SizeReport.measure(message, budgets: [.azureCustomData])
        print(report.raw, report.base64, report.verdicts.allSatisfy(\.fits))
        #expect(envelope.parts.map(\.kind) == [.cloudConfig, .script])
        #expect(envelope.findings.isEmpty)
        #expect(report.verdicts.allSatisfy { $0.fits })
    }

    /// ReadingYAML.md: parse as cloud-init's loader does, with positions.
    @Test func yaml() throws {
        let stream = YAMLStream.parse("mode: 0644\nenabled: on\nports: 22:22\n")
        if let document = stream.documents.first, let root = document.root {
            for pair in document.pairs(of: root) {
                let value = document[pair.value]
                print(document[pair.key].text, value.range.start, value.value?.pythonRepr ?? "")
            }
        }
        // mode 1:7 420, enabled 2:10 True, ports 3:8 1342
        let document = try #require(stream.documents.first)
        let root = try #require(document.root)
        let starts = document.pairs(of: root).map { document[$0.value].range.start.description }
        #expect(starts == ["1:7", "2:10", "3:8"])
        let values = document.pairs(of: root).map { document[$0.value].value?.pythonRepr }
        #expect(values == ["420", "True", "1342"])
        #expect(stream.errors.isEmpty)
    }

    /// OutputFormats.md: the same findings in every format.
    @Test func outputFormats() {
        let result = Linter().lint("#cloud-config\npackages: [nginx]\npackages: [curl]\n", path: "user-data.yaml")
        let rules = RuleRegistry.all.map(\.definition)
        let json = JSONReporter().report([result], rules: rules)
        let sarif = SARIFReporter().report([result], rules: rules)
        print(ReportFormat.text.reporter().report([result], rules: rules))
        #expect(json.contains("\"rule\": \"duplicate-key\""))
        #expect(sarif.contains("\"columnKind\": \"unicodeCodePoints\""))
    }

    /// RulesAndConfiguration.md: a rule's description, and a configuration file read in code.
    @Test func rulesAndConfiguration() {
        if let rule = RuleRegistry.definition(for: .duplicateKey) {
            print(rule.id, rule.family, rule.defaultSeverity, rule.summary)
        }
        #expect(RuleRegistry.definition(for: .duplicateKey)?.family == .yaml)
        let file = SourceFile(
            path: ".cloudcfg.yaml",
            text: """
                version: 1
                cloud-init: "22.4.2"
                rules:
                  users-without-default: off
                  truthy: error
                """)
        let (configuration, problems) = LintConfiguration.parse(
            file, baseDirectory: ".", rules: RuleRegistry.all.map(\.definition))
        let linter = Linter(configuration: configuration)
        #expect(problems.isEmpty)
        #expect(configuration.target == .debian12)
        let findings = linter.lint("#cloud-config\nusers: [admin]\npackage_update: yes\n").diagnostics
        #expect(findings.map(\.ruleID) == [.truthy])
        #expect(findings.first?.severity == .error)
    }
}
