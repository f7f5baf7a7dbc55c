import Testing

@testable import CloudConfig

/// How an input's kind is told: by its name first, then by its content, user-data otherwise; and
/// that the linter lints each kind with its own reader and rules.
@Suite struct InputKindTests {
    @Test(arguments: [
        ("waagent.conf", InputKind.waagent), ("/etc/waagent.conf", .waagent), ("waagent-rhel9.conf", .waagent),
        ("etc/cloud/cloud.cfg", .systemConfig), ("/etc/cloud/cloud.cfg.d/90_dpkg.cfg", .systemConfig),
        ("cloud.cfg.d/10-azure.cfg", .systemConfig), ("//etc//cloud//cloud.cfg.d//x.cfg//", .systemConfig),
        ("/etc/cloud.cfg/", .systemConfig), ("/tmp/é/waagent.conf", .waagent), ("cloud.cfg.d/é.cfg", .systemConfig),
    ])
    func theNameSaysTheKind(_ path: String, _ kind: InputKind) {
        #expect(InputKind.named(path) == kind)
        // Whatever the content.
        #expect(InputKind.detect(path: path, bytes: Array("#cloud-config\nhostname: a\n".utf8)) == kind)
    }

    @Test(arguments: [
        "user-data.yaml", "cloud.cfg.d/README", "cloud.cfg.d/90.cfg.bak", "etc/cloud/other.cfg", "waagent.conf.orig",
        "<stdin>", "cloud.cfg.d", "", "/", "///", ".cfg", "/.cfg", "cloud.cfg.dd/a.cfg", "xcloud.cfg.d/a.cfg",
        "cloud.cfg.d/a.cfg/b", "waagent", ".conf", "cloud.cfg.d/a.cfg\u{301}", "é/cloud.cfg.d",
    ])
    func otherNamesSayNothing(_ path: String) {
        #expect(InputKind.named(path) == nil)
    }

    @Test func theContentDecidesOtherwise() {
        let agent = Array("# Azure Linux Agent\nProvisioning.Agent=cloud-init\nResourceDisk.Format=n\n".utf8)
        #expect(InputKind.detect(path: "agent.txt", bytes: agent) == .waagent)
        #expect(InputKind.detect(path: "<stdin>", bytes: agent) == .waagent)
        // A user-data header wins, and anything else is user-data, as cloud-init would be given it.
        #expect(InputKind.detect(path: "x", bytes: Array("#cloud-config\nProvisioning.Agent=auto\n".utf8)) == .userData)
        #expect(InputKind.detect(path: "x", bytes: Array("hostname: web\n".utf8)) == .userData)
        #expect(InputKind.detect(path: "x", bytes: []) == .userData)
    }

    @Test func theLinterLintsEachKindAsItself() {
        let linter = Linter()
        let agent = linter.lint(SourceFile(path: "waagent.conf", text: "Provisioning.Agent=cloud-init\n"))
        #expect(agent.inputKind == .waagent)
        #expect(agent.kindName == "waagent")
        #expect(agent.diagnostics.isEmpty, "\(agent.diagnostics)")
        // No header is needed in system configuration, and none is missing.
        let dropIn = linter.lint(SourceFile(path: "cloud.cfg.d/90.cfg", text: "datasource_list: [Azure]\n"))
        #expect(dropIn.inputKind == .systemConfig)
        #expect(dropIn.kindName == "system-config")
        #expect(!dropIn.diagnostics.contains { $0.ruleID == .missingHeader })
        // The same text as user-data misses its header.
        let userData = linter.lint("hostname: web\n", path: "cloud.cfg.d/90.cfg", as: .userData)
        #expect(userData.inputKind == .userData)
        #expect(userData.diagnostics.map(\.ruleID) == [.missingHeader])
    }

    @Test func rulesDeclareTheKindsTheyCheck() {
        for rule in RuleRegistry.all.map(\.definition) {
            #expect(!rule.inputKinds.isEmpty, "\(rule.id) checks nothing")
            #expect(rule.inputKinds.contains(rule.exampleKind), "\(rule.id)'s examples are of a kind it does not check")
            for example in rule.triggeringExamples + rule.nonTriggeringExamples {
                #expect(
                    rule.inputKinds.contains(rule.kind(of: example)), "\(rule.id): \(example.text.debugDescription)")
            }
        }
        #expect(RuleRegistry.definition(for: .missingHeader)?.inputKinds == [.userData])
        #expect(RuleRegistry.definition(for: .duplicateKey)?.inputKinds == [.userData, .systemConfig])
    }
}
