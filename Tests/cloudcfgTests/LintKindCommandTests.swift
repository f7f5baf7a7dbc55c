import Foundation
import Testing

/// `cloudcfg lint` over the three kinds of input: what a directory walk picks up, `--kind`,
/// `--agent-version` and `--distro`.
@Suite struct LintKindCommandTests {
    /// The files and kinds in a JSON report, as `path kind: rule rule ...`.
    static func kinds(_ json: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        return files.map { file in
            let rules = (file["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
            return "\(file["path"] as? String ?? "?") \(file["kind"] as? String ?? "?"): "
                + rules.joined(separator: " ")
        }
    }

    @Test func aWalkPicksUpTheAgentsFileAndSystemConfiguration() throws {
        let harness = try LintHarness()
        try harness.write("etc/waagent.conf", "Provisioning.Agent=cloud-init\nResourceDisk.Format=n\n")
        try harness.write("etc/cloud/cloud.cfg", "preserve_hostname: false\n")
        try harness.write("etc/cloud/cloud.cfg.d/91-azure.cfg", "ssh_pwauth: false\n")
        try harness.write("etc/cloud/cloud.cfg.d/README", "not read\n")
        try harness.write("etc/other.conf", "Key=value\n")
        // A waagent.conf under another name is recognised by its content.
        try harness.write("configs/agent.txt", "Provisioning.Agent=auto\nExtensions.Enabled=y\nLogs.Verbose=n\n")
        let run = try harness.run(["lint", "--format", "json", "."])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(
            try Self.kinds(run.stdout) == [
                "./configs/agent.txt waagent: ", "./etc/cloud/cloud.cfg system-config: ",
                "./etc/cloud/cloud.cfg.d/91-azure.cfg system-config: ", "./etc/waagent.conf waagent: ",
            ])
        #expect(
            run.stderr
                == "./etc/cloud/cloud.cfg.d/README: note: in cloud.cfg.d but not named *.cfg: cloud-init never reads it\n"
        )
    }

    /// A generation profile is linted with the profile rules, found by a walk by its content,
    /// with `.cloudcfg.yaml` severities and suppression comments applied as for any input.
    @Test func aProfileIsLintedAsOne() throws {
        let harness = try LintHarness()
        try harness.write(
            "fleet/web.yaml",
            "cloudcfg-profile: 1\nname: web\npakages: [nginx]\ntimezon: UTC  # cloudcfg: disable-line profile-unknown-key\n"
        )
        try harness.write(".cloudcfg.yaml", "version: 1\nrules:\n  profile-unknown-key: warning\n")
        let run = try harness.run(["lint", "--format", "json", "."])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(try Self.kinds(run.stdout) == ["./fleet/web.yaml profile: profile-unknown-key"])
        #expect(run.stdout.contains("\"severity\": \"warning\""), "\(run.stdout)")
        // The example profile is clean.
        let example = try LintHarness.run(
            [
                "lint", "--format", "json",
                ReadmeTests.root.appendingPathComponent("Examples/azure-fleet/profile.yaml").path,
            ],
            workingDirectory: harness.directory)
        #expect(example.status == 0, "\(example.stdout)")
        #expect(try Self.kinds(example.stdout).allSatisfy { $0.hasSuffix(" profile: ") }, "\(example.stdout)")
    }

    @Test func kindOverridesTheGuess() throws {
        let harness = try LintHarness()
        try harness.write("settings.txt", "hostname: web\n")
        let guessed = try harness.run(["lint", "--format", "json", "settings.txt"])
        #expect(try Self.kinds(guessed.stdout) == ["settings.txt cloud-config: missing-header"])
        let dropIn = try harness.run(["lint", "--format", "json", "--kind", "system-config", "settings.txt"])
        #expect(dropIn.status == 0)
        #expect(try Self.kinds(dropIn.stdout) == ["settings.txt system-config: "])
        let invalid = try harness.run(["lint", "--kind", "yaml", "settings.txt"])
        #expect(invalid.status == 64)
    }

    @Test func targetOptionsAreChecked() throws {
        let harness = try LintHarness()
        try harness.write("waagent.conf", "Provisioning.Agent=auto\n")
        let version = try harness.run(["lint", "--agent-version", "two", "waagent.conf"])
        #expect(version.status == 64)
        #expect(version.stderr.contains("'two' is not an Azure Linux Agent version"))
        let distro = try harness.run(["lint", "--distro", "ubuntu-2404", "waagent.conf"])
        #expect(distro.status == 64)
        #expect(distro.stderr.contains("did you mean 'ubuntu-24.04'?"))
        #expect(
            try harness.run(["lint", "--distro", "debian-12", "--agent-version", "2.7.3", "waagent.conf"]).status == 0)
    }
}
