import CloudConfig
import Foundation
import Testing

/// `cloudcfg rules`, `cloudcfg explain` and `cloudcfg schema`, run as subprocesses.
@Suite struct RulesExplainSchemaTests {
    static func run(_ arguments: [String]) throws -> LintHarness.Run {
        try LintHarness.run(arguments, workingDirectory: FileManager.default.temporaryDirectory)
    }

    @Test func rulesListsEveryRuleByFamily() throws {
        let run = try Self.run(["rules"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        for rule in RuleRegistry.all.map(\.definition) {
            let line = lines.first { $0.hasPrefix("  \(rule.id.rawValue) ") }
            #expect(line != nil, "\(rule.id) is not listed")
            #expect(line?.contains(" \(rule.defaultSeverity.rawValue) ") == true)
            #expect(line?.hasSuffix(rule.summary) == true)
        }
        let families = lines.filter { !$0.hasPrefix(" ") && !$0.isEmpty }
        #expect(
            families
                == RuleFamily.allCases.filter { family in
                    RuleRegistry.all.contains { $0.definition.family == family }
                }.map { "\($0.rawValue):" })
    }

    @Test func rulesAsJSON() throws {
        let run = try Self.run(["rules", "--format", "json"])
        #expect(run.status == 0)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == RuleRegistry.all.map(\.id.rawValue))
        for rule in rules {
            #expect(Set(rule.keys) == ["id", "family", "severity", "summary", "rationale", "aliases"])
        }
        let duplicate = try #require(rules.first { $0["id"] as? String == "duplicate-key" })
        #expect(duplicate["severity"] as? String == "error")
        #expect(duplicate["family"] as? String == "yaml")
    }

    @Test func explainARule() throws {
        let run = try Self.run(["explain", "duplicate-key"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("duplicate-key (yaml, error by default)\n"))
        #expect(run.stdout.contains("Flagged (1️⃣ marks where):"))
        #expect(run.stdout.contains("Not flagged:"))
        #expect(run.stdout.contains("\n\n    packages: [nginx]\n    hostname: web\n    1️⃣packages: [curl]\n\n"))
        // No line ends with blanks, and the text ends with one line break.
        #expect(!run.stdout.split(separator: "\n").contains { $0.hasSuffix(" ") })
        #expect(run.stdout.hasSuffix("\n") && !run.stdout.hasSuffix("\n\n"))
    }

    @Test(arguments: [
        ("write_files.permissions", "write_files.permissions: "), ("users.lock_passwd", "users.lock_passwd: "),
        ("hostname", "hostname: "),
    ])
    func explainAKey(_ key: String, _ prefix: String) throws {
        let run = try Self.run(["explain", key])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix(prefix))
    }

    @Test func explainAKeyShowsItsModuleAndVersions() throws {
        let pro = try Self.run(["explain", "ubuntu_pro"])
        #expect(pro.status == 0)
        #expect(pro.stdout.contains("Available since: cloud-init 24.1"))
        let files = try Self.run(["explain", "write_files"])
        #expect(files.stdout.contains("Read by: cc_write_files"))
        #expect(files.stdout.contains("  permissions: "))
    }

    /// Type texts read as English: alternatives as `a, b or c`, list items in the plural.
    @Test func explainAKeyDescribesItsShapeInEnglish() throws {
        let users = try Self.run(["explain", "users"])
        #expect(
            users.stdout.hasPrefix("users: a string, a mapping or a list of strings, mappings or lists of strings\n"))
        #expect(!users.stdout.contains(",s"))
        #expect(users.stdout.contains("\n  sudo: null, a string, a boolean or a list of nulls or strings\n"))
        let runcmd = try Self.run(["explain", "runcmd"])
        #expect(runcmd.stdout.hasPrefix("runcmd: a list of strings, nulls or lists of strings\n"))
    }

    /// `--cloud-init V` shows that release's view: whether it has the key, the forms it
    /// accepts, the keys it lacks and the deprecations it has or has not made yet.
    @Test func explainForARelease() throws {
        let pro = try Self.run(["explain", "--cloud-init", "22.4.2", "ubuntu_pro"])
        #expect(pro.status == 0)
        #expect(pro.stdout.contains("In cloud-init 22.4.2: not yet: added in cloud-init 24.1\n"))
        #expect(!pro.stdout.contains("Available since"))
        #expect(
            try Self.run(["explain", "--cloud-init", "24.1", "ubuntu_pro"]).stdout.contains(
                "In cloud-init 24.1: present\n"))

        let apt = try Self.run(["explain", "--cloud-init", "26.2", "apt"])
        #expect(apt.stdout.contains("  generate_mirrorlists: no longer read: dropped in a release after 22.4.2\n"))
        let oldApt = try Self.run(["explain", "--cloud-init", "22.4.2", "apt"])
        #expect(oldApt.stdout.contains("  generate_mirrorlists: a boolean\n"))

        let keyTypes = try Self.run(["explain", "--cloud-init", "26.2", "ssh_genkeytypes"])
        #expect(keyTypes.stdout.hasPrefix("ssh_genkeytypes: a list of values from: ecdsa, ed25519, rsa\n"))
        let oldKeyTypes = try Self.run(["explain", "--cloud-init", "22.4.2", "ssh_genkeytypes"])
        #expect(oldKeyTypes.stdout.hasPrefix("ssh_genkeytypes: a list of values from: ecdsa, ed25519, rsa, dsa\n"))

        let before = try Self.run(["explain", "--cloud-init", "23.1", "ubuntu_advantage"])
        #expect(
            before.stdout.contains(
                "Deprecated since cloud-init 24.1 (not yet in 23.1): use ubuntu_pro, which takes the same settings\n"))
        let after = try Self.run(["explain", "--cloud-init", "24.1", "ubuntu_advantage"])
        #expect(
            after.stdout.contains("Deprecated since cloud-init 24.1: use ubuntu_pro, which takes the same settings\n"))
        // Without a release, every release's facts.
        let all = try Self.run(["explain", "ubuntu_pro"])
        #expect(all.stdout.contains("Available since: cloud-init 24.1\n"))
        #expect(try Self.run(["explain", "--cloud-init", "x.y", "users"]).status == 64)
    }

    /// waagent.conf keys, in any case, as each agent release reads them; and the keys only the
    /// system configuration sets.
    @Test func explainAgentAndSystemConfigurationKeys() throws {
        let agent = try Self.run(["explain", "Provisioning.Agent"])
        #expect(agent.status == 0)
        #expect(
            agent.stdout.hasPrefix("Provisioning.Agent (waagent.conf): one of: auto, waagent, cloud-init, disabled\n"))
        #expect(agent.stdout.contains("Default (agent 2.15): auto"))
        #expect(agent.stdout.contains("disables provisioning"))
        let debian = try Self.run(["explain", "--agent-version", "2.7.3", "Extensions.WaitForCloudInit"])
        #expect(debian.stdout.contains("Agent 2.7.3 does not read it"))
        #expect(try Self.run(["explain", "provisioning.agent"]).stdout == agent.stdout)
        #expect(try Self.run(["explain", "Provisioning.Enabled"]).stdout.contains("obsolete"))
        #expect(try Self.run(["explain", "--agent-version", "two", "Provisioning.Agent"]).status == 64)
        let dataDir = try Self.run(["explain", "datasource.Azure.data_dir"])
        #expect(dataDir.status == 0)
        #expect(dataDir.stdout.contains("Lib.Dir"))
        #expect(dataDir.stdout.contains("Default: /var/lib/waagent"))
    }

    @Test(arguments: [
        ("duplicat-key", "did you mean 'duplicate-key'?"), ("hostnme", "did you mean 'hostname'?"),
        ("write_files.permisions", "did you mean 'write_files.permissions'?"),
        ("users.lock_paswd", "did you mean 'users.lock_passwd'?"),
        ("write_file.permissions", "did you mean 'write_files.permissions'?"),
        ("write_files.zzzzzzzzzz", "neither a rule nor a cloud-config key"), ("zzzzzzzzzzzz", "neither a rule"),
        ("Provisioning.Agnet", "did you mean 'Provisioning.Agent'?"), ("ubuntu-2404", "did you mean 'ubuntu-24.04'?"),
        ("datasource.Azure.data_dri", "did you mean 'datasource.Azure.data_dir'?"),
    ])
    func explainAnUnknownNameExits64(_ name: String, _ message: String) throws {
        let run = try Self.run(["explain", name])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func schemaIsJSON() throws {
        let run = try Self.run(["schema"])
        #expect(run.status == 0)
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(properties["write_files"] != nil && properties["users"] != nil)
    }

    /// With `--cloud-init`, the schema is the catalog as that release reads it.
    @Test func schemaForAReleaseDropsWhatItLacks() throws {
        let run = try Self.run(["schema", "--cloud-init", "22.4.2"])
        #expect(run.status == 0)
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((schema["title"] as? String)?.contains("22.4.2") == true)
        // 22.4.2 let unknown top-level keys pass and had no ubuntu_pro yet.
        #expect(schema["additionalProperties"] == nil)
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(properties["ubuntu_pro"] == nil && properties["ubuntu_advantage"] != nil)
        let newest = try #require(
            try JSONSerialization.jsonObject(with: Data(try Self.run(["schema"]).stdout.utf8)) as? [String: Any])
        #expect(newest["additionalProperties"] as? Bool == false)
        let bad = try Self.run(["schema", "--cloud-init", "twenty"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("'twenty' is not a cloud-init release"), "\(bad.stderr)")
    }

    /// `schema --cloud-init V` exports that release's schema; the default is the newest.
    @Test func schemaForARelease() throws {
        func properties(_ arguments: [String]) throws -> (title: String?, keys: [String: Any]) {
            let run = try Self.run(["schema"] + arguments)
            #expect(run.status == 0, "\(run.stderr)")
            let schema = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            return (schema["title"] as? String, try #require(schema["properties"] as? [String: Any]))
        }
        let old = try properties(["--cloud-init", "22.4.2"])
        #expect(old.title == "cloud-config (cloud-init 22.4.2)")
        #expect(old.keys["ubuntu_pro"] == nil && old.keys["ubuntu_advantage"] != nil)
        let advantage = try #require(old.keys["ubuntu_advantage"] as? [String: Any])
        #expect(advantage["deprecated"] == nil)
        let newest = try properties([])
        #expect(newest.title == "cloud-config (cloud-init \(CloudInitVersion.newest))")
        #expect(newest.keys["ubuntu_pro"] != nil)
        let apt = try #require(newest.keys["apt"] as? [String: Any])
        #expect((apt["properties"] as? [String: Any])?["generate_mirrorlists"] == nil)
        #expect(try Self.run(["schema", "--cloud-init", "banana"]).status == 64)
    }

    static let hasJSONSchema = LintHarness.hasPythonModule("jsonschema")

    /// python3-jsonschema accepts the export as a draft-04 schema and validates cloud-config with it.
    @Test(
        .enabled(if: hasJSONSchema || LintHarness.isCI, "needs python3-jsonschema"),
        arguments: [[], ["--cloud-init", "22.4.2"]])
    func schemaIsAValidDraft4Schema(_ options: [String]) throws {
        let harness = try LintHarness()
        let run = try harness.run(["schema"] + options)
        #expect(run.status == 0)
        try harness.write("schema.json", run.stdout)
        let script = """
            import json, sys
            from jsonschema import Draft4Validator
            schema = json.load(open(sys.argv[1]))
            Draft4Validator.check_schema(schema)
            validator = Draft4Validator(schema)
            good = {"hostname": "web", "write_files": [{"path": "/etc/motd", "permissions": "0644"}]}
            bad = {"write_files": [{"path": "/etc/motd", "permissions": 420}]}
            assert not list(validator.iter_errors(good)), list(validator.iter_errors(good))
            assert list(validator.iter_errors(bad))
            print("ok")
            """
        let check = try LintHarness.run(
            LintHarness.python, ["-c", script, harness.path("schema.json")], workingDirectory: harness.directory)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "ok\n")
    }
}
