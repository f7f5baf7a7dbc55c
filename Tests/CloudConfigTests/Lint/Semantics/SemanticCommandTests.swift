import Testing

@testable import CloudConfig

/// command-item, network-config-in-user-data and jinja-without-header.
@Suite struct SemanticCommandTests {
    @Test func severitiesAndPaths() {
        let body = """
            runcmd:
              - echo status: ok
              - [chmod, 0644, /etc/x]
              - [echo, yes]
              -
              - 5
            bootcmd:
              - echo one
              -

            """
        let findings = SemanticSupport.findings(body, rule: .commandItem)
        let summary = findings.map { "\($0.keyPath ?? ""):\($0.severity)" }
        #expect(
            summary == [
                "runcmd.0:error", "runcmd.1.1:error", "runcmd.2.1:error", "runcmd.3:note", "runcmd.4:error",
                "bootcmd.1:error",
            ])
        // The generic type mismatches at the same places are replaced, not repeated.
        let all = SemanticSupport.all(body)
        #expect(!all.contains { [.typeMismatch, .truthy, .implicitOctal].contains($0.ruleID) })
        #expect(findings[1].message.contains("cloud-init would pass it as '420', not '0644'"))
        #expect(findings[2].message.contains("'True', not 'yes'"))
    }

    @Test(arguments: [
        ("runcmd:\n  - echo status: ok\n", "  - 'echo status: ok'\n"),
        ("runcmd:\n  - echo \"a: b\"\n", "  - 'echo \"a: b\"'\n"),
        ("runcmd:\n  - echo it's: ok   # note\n", "  - 'echo it''s: ok'   # note\n"),
        ("bootcmd:\n  - mkdir -p /srv:\n", "  - 'mkdir -p /srv:'\n"),
        ("runcmd:\n  - [sleep, 5]\n", "  - [sleep, '5']\n"),
    ])
    func quotingFixIts(_ body: String, expectedLine: String) throws {
        let findings = SemanticSupport.findings(body, rule: .commandItem)
        let finding = try #require(findings.first)
        let fixed = SemanticSupport.applying(try #require(finding.fixIts.first), to: SemanticSupport.file(body))
        #expect(fixed.hasSuffix(expectedLine), "\(fixed)")
        let after = SemanticSupport.lintFile(fixed)
        #expect(!after.contains { $0.severity == .error }, "\(after.map(\.message))")
    }

    @Test func multiLineMappingHasNoFixIt() throws {
        let body = "runcmd:\n  - echo a: b\n    c: d\n"
        let finding = try #require(SemanticSupport.findings(body, rule: .commandItem).first)
        #expect(finding.fixIts.isEmpty)
        #expect(finding.severity == .error)
    }

    // MARK: network

    @Test(arguments: [CloudInitVersion.debian12, .newest])
    func networkReplacesUnknownKey(_ target: CloudInitVersion) throws {
        let all = SemanticSupport.all("network:\n  config: disabled\n", target: target)
        #expect(all.map(\.ruleID) == [.networkConfigInUserData])
        let finding = try #require(all.first)
        #expect(finding.severity == .error)
        #expect(finding.message.contains("/etc/cloud/cloud.cfg.d/"))
        #expect(finding.message.contains("network: {config: disabled}"))
    }

    // MARK: jinja

    @Test(arguments: [
        ("{{ v1.local_hostname }}", ["v1"]), ("{{ ds.meta_data['local-hostname'] | upper }}", ["ds", "upper"]),
        ("{% if v1.cloud_name == 'azure' %}", ["if", "v1"]), ("{{ \"v1\" ~ x.v1 }}", ["x"]),
        ("{{- local_hostname -}}", ["local_hostname"]), ("{{ .Names }}", []),
    ])
    func expressionNames(_ text: String, names: [String]) {
        #expect(JinjaWithoutHeaderRule.expressions(in: text).flatMap(\.names) == names)
    }

    @Test func templatesAreNotReported() {
        let source = "## template: jinja\n#cloud-config\nhostname: '{{ v1.local_hostname }}'\n"
        let findings = SemanticSupport.lintFile(source)
        #expect(!findings.contains { $0.ruleID == .jinjaWithoutHeader })
    }

    @Test func finalMessageFixIt() throws {
        let body = "final_message: \"up {{uptime}}s, v{{ version }}\"\n"
        let finding = try #require(SemanticSupport.findings(body, rule: .jinjaWithoutHeader).first)
        #expect(finding.severity == .warning)
        #expect(finding.range.start.column == 20)
        let fixed = SemanticSupport.applying(try #require(finding.fixIts.first), to: SemanticSupport.file(body))
        #expect(fixed.hasSuffix("final_message: \"up ${uptime}s, v${version}\"\n"))
        #expect(!SemanticSupport.lintFile(fixed).contains { $0.ruleID == .jinjaWithoutHeader })
    }

    @Test func hintsForCommands() throws {
        let body = "bootcmd:\n  - echo {{ v1.instance_id }}\nruncmd:\n  - echo {{ v1.local_hostname }}\n"
        let findings = SemanticSupport.findings(body, rule: .jinjaWithoutHeader)
        #expect(findings.count == 2)
        #expect(findings.first?.message.contains("$INSTANCE_ID, which bootcmd sets") == true)
        #expect(findings.last?.message.contains("$(cloud-init query v1.local_hostname)") == true)
    }
}

/// A rule that replaces a schema finding keeps its severity: cloud-init rejects the value, so the
/// replacement must be an error too.
@Suite struct SemanticPrecedenceTests {
    static let inputs = [
        "runcmd:\n  - echo a: b\n  - [sleep, 5]\n  -\n  - 5\n", "bootcmd:\n  - echo a: b\n  -\n  - [x, yes]\n",
        "write_files:\n  - path: /a\n    permissions: 0644\n  - path: /b\n    permissions: 644\n"
            + "  - path: /c\n    permissions: 0x1a4\n  - path: /d\n    permissions: 0\n"
            + "  - path: /e\n    permissions: 99999999999\n",
        "network:\n  version: 2\n",
    ]

    static var cases: [String] {
        inputs
            + SemanticRules.all.flatMap { rule in
                rule.definition.triggeringExamples.map(\.text)
            }
    }

    @Test(arguments: cases)
    func replacementsAreErrors(_ body: String) {
        for target in [CloudInitVersion.debian12, .newest] {
            let full = SemanticSupport.all(body, target: target)
            let semantic = Set(SemanticRules.all.map(\.id))
            let superseded = Set(SemanticRules.all.flatMap(\.definition.supersedes))
            let without = SemanticSupport.all(body, without: Array(semantic), target: target)
            for replaced in without where replaced.severity == .error && superseded.contains(replaced.ruleID) {
                guard !full.contains(replaced) else { continue }
                let path = replaced.keyPath
                #expect(
                    full.contains { semantic.contains($0.ruleID) && $0.keyPath == path && $0.severity == .error },
                    "\(replaced.ruleID) at \(path ?? "?") was replaced by a finding that is not an error")
            }
        }
    }

    /// Everywhere cloud-init 22.4.2's own schema validation reports an error, cloudcfg (targeting
    /// 22.4.2) reports an error at the same path or inside it (cloud-init reports a failed `oneOf`
    /// at the item, cloudcfg at the argument that fails).
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func cloudInitErrorsStayErrors() throws {
        let script = """
            import json, sys, yaml
            from cloudinit.config.schema import get_schema, validate_cloudconfig_schema, SchemaValidationError
            schema = get_schema()
            out = []
            for text in json.load(sys.stdin):
                try:
                    validate_cloudconfig_schema(yaml.safe_load(text), schema, strict=True)
                    out.append([])
                except SchemaValidationError as error:
                    out.append(sorted({str(problem.path) for problem in error.schema_errors}))
            print(json.dumps(out))
            """
        let bodies = Self.cases
        let answer = try #require(try Oracle.pythonJSON(script, input: bodies) as? [[String]])
        try #require(answer.count == bodies.count, "one answer per body")
        for (body, paths) in zip(bodies, answer) {
            let findings = SemanticSupport.all(body, target: .debian12)
            for path in paths {
                #expect(
                    findings.contains { finding in
                        guard finding.severity == .error, let found = finding.keyPath else { return false }
                        return found == path || found.hasPrefix(path + ".")
                    },
                    "cloud-init reports an error at \(path) in \(body.debugDescription); cloudcfg: \(findings.map { "\($0.keyPath ?? "") \($0.ruleID) \($0.severity)" })"
                )
            }
        }
    }
}
