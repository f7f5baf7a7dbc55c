import CloudConfig
import Foundation
import TestSupport
import Testing

/// `cloudcfg generate`, run as a subprocess: what it writes, where, atomically, and its exit codes.
@Suite struct GenerateCommandTests {
    static let profile = """
        cloudcfg-profile: 1
        distros: [debian-12, flatcar, opensuse-leap-15]
        variables:
          host: web
          domain: example.net
        hostname: ${{ host }}
        fqdn: ${{ host }}.${{ domain }}
        admin:
          name: azureops
          ssh-keys:
            - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKW47M2qLOyvGMyZ0oAf1ubdL7AtMHLBx3lU0wPVbSzO ops@example.net
          password: {env: CLOUDCFG_TEST_ADMIN_PASSWORD}
        files:
          - path: /etc/motd
            content: "${{ host }}\\n"
        storage:
          resource-disk:
            swap: {percent: 10, megabytes: 1024}
        overrides:
          opensuse-leap-15:
            files: null

        """

    static func files(under directory: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        var found: [String] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                found.append(url.path.replacingOccurrences(of: directory.path + "/", with: ""))
            }
        }
        return found.sorted()
    }

    static func run(_ harness: borrowing LintHarness, _ arguments: [String], password: String = "Correct-Horse-1")
        throws -> LintHarness.Run
    {
        let run = try CLIRunner.run(
            arguments, workingDirectory: harness.directory,
            environment: ["NO_COLOR": "1", "CLOUDCFG_TEST_ADMIN_PASSWORD": password])
        return LintHarness.Run(status: run.status, stdout: run.stdoutText, stderr: run.stderrText)
    }

    @Test func writesEachDistributionsArtifacts() throws {
        let harness = try LintHarness()
        try harness.write("profile.yaml", Self.profile)
        let run = try Self.run(harness, ["generate", "profile.yaml", "--out", "out"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout == "wrote out/debian-12\nwrote out/opensuse-leap-15\nwrote out/flatcar\n")
        let out = harness.directory.appendingPathComponent("out")
        #expect(
            Self.files(under: out) == [
                "debian-12/cloud.cfg.d/10-azure-kvp.cfg", "debian-12/cloud.cfg.d/91-azure_datasource.cfg",
                "debian-12/manifest.json", "debian-12/prepare-image.sh", "debian-12/user-data",
                "debian-12/waagent.conf",
                "flatcar/ignition.json", "flatcar/manifest.json", "flatcar/prepare-image.sh", "flatcar/waagent.conf",
                "opensuse-leap-15/manifest.json", "opensuse-leap-15/prepare-image.sh", "opensuse-leap-15/waagent.conf",
            ])
        let script = out.appendingPathComponent("debian-12/prepare-image.sh").path
        let permissions = try FileManager.default.attributesOfItem(atPath: script)[.posixPermissions] as? Int
        #expect(permissions == 0o755)
        let manifest = try String(
            contentsOf: out.appendingPathComponent("opensuse-leap-15/manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"provisioner\": \"waagent\""))
        // The password is in no file, in any form; its hash is.
        for file in Self.files(under: out) {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("Correct-Horse-1"), "\(file)")
        }
        let userData = try String(contentsOf: out.appendingPathComponent("debian-12/user-data"), encoding: .utf8)
        #expect(userData.contains("hashed_passwd: $6$"))
    }

    @Test func neverOverwritesWithoutForceAndReplacesWholeWithIt() throws {
        let harness = try LintHarness()
        try harness.write("profile.yaml", Self.profile)
        try harness.write("out/debian-12/keep.txt", "mine\n")
        let refused = try Self.run(harness, ["generate", "profile.yaml", "--out", "out", "--distro", "debian-12"])
        #expect(refused.status == 73)
        #expect(refused.stderr == "out/debian-12: error: already exists; --force replaces it\n")
        #expect(Self.files(under: harness.directory.appendingPathComponent("out")) == ["debian-12/keep.txt"])
        let forced = try Self.run(
            harness, ["generate", "profile.yaml", "--out", "out", "--distro", "debian-12", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let files = Self.files(under: harness.directory.appendingPathComponent("out"))
        #expect(!files.contains("debian-12/keep.txt"))
        #expect(files.contains("debian-12/user-data"))
        #expect(!files.contains { $0.contains("cloudcfg-") }, "no staging or old directory is left: \(files)")
    }

    @Test func anInvalidProfileWritesNothing() throws {
        let harness = try LintHarness()
        try harness.write("profile.yaml", Self.profile.replacingOccurrences(of: "host: web", with: "host: web_1"))
        let run = try Self.run(harness, ["generate", "profile.yaml", "--out", "out"])
        #expect(run.status == 65)
        #expect(
            run.stderr
                == "profile.yaml:6:11: error: 'web_1' is not a valid host name: use letters, digits and hyphens only "
                + "(RFC 1123) [profile-invalid-value]\n")
        #expect(!FileManager.default.fileExists(atPath: harness.path("out/debian-12")))
        #expect(Self.files(under: harness.directory.appendingPathComponent("out")).isEmpty)
        let weak = try Self.run(harness, ["generate", "profile.yaml", "--out", "out"], password: "weak")
        #expect(weak.status == 65)
    }

    @Test func aDistributionThatCannotBeRenderedSaysWhyAtTheLine() throws {
        let harness = try LintHarness()
        try harness.write("profile.yaml", Self.profile.replacingOccurrences(of: "    files: null\n", with: ""))
        let run = try Self.run(harness, ["generate", "profile.yaml", "--out", "out"])
        #expect(run.status == 65)
        #expect(
            run.stderr.contains(
                "profile.yaml:14:3: error: opensuse-leap-15: the Azure Linux Agent provisions openSUSE Leap 15"))
        // Nothing is written, not even the distributions that rendered.
        #expect(Self.files(under: harness.directory.appendingPathComponent("out")).isEmpty)
    }

    @Test func anArtifactOverItsBudgetFails() throws {
        let harness = try LintHarness()
        let big = String(repeating: "x", count: 20_000)
        try harness.write(
            "profile.yaml",
            "cloudcfg-profile: 1\ndistros: [debian-12]\nfiles:\n  - path: /opt/big\n    content: \(big)\n")
        let run = try Self.run(harness, ["generate", "profile.yaml", "--out", "out", "--budget", "aws"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("debian-12/user-data: error: "))
        #expect(run.stderr.contains("do not fit the AWS EC2 user data budget"))
        #expect(run.stderr.contains("[budget]"))
        #expect(Self.files(under: harness.directory.appendingPathComponent("out")).isEmpty)
    }

    @Test func anInventoryGivesEachHostItsUserData() throws {
        let harness = try LintHarness()
        try harness.write("profile.yaml", Self.profile)
        try harness.write("hosts.csv", "host,domain\nweb-01,example.net\nweb-02,eu.example.net\n")
        let run = try Self.run(harness, ["generate", "profile.yaml", "--out", "out", "--inventory", "hosts.csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let out = harness.directory.appendingPathComponent("out")
        let files = Self.files(under: out)
        #expect(files.contains("debian-12/hosts/web-01/user-data"))
        #expect(files.contains("flatcar/hosts/web-02/ignition.json"))
        #expect(!files.contains("debian-12/user-data"))
        #expect(!files.contains { $0.hasPrefix("opensuse-leap-15/hosts/") })
        let second = try String(
            contentsOf: out.appendingPathComponent("debian-12/hosts/web-02/user-data"), encoding: .utf8)
        #expect(second.contains("fqdn: web-02.eu.example.net"))
        let manifest = try String(contentsOf: out.appendingPathComponent("debian-12/manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"file\": \"hosts/web-01/user-data\""))
        // A column the profile does not declare is refused, with the closest name.
        try harness.write("bad.csv", "host,Domain\nweb-01,example.net\n")
        let bad = try Self.run(harness, ["generate", "profile.yaml", "--out", "out2", "--inventory", "bad.csv"])
        #expect(bad.status == 65)
        #expect(
            bad.stderr
                == "bad.csv: error: the column 'Domain' is not a variable of the profile; did you mean 'domain'?\n")
        // A host whose values fail names the host.
        try harness.write("hosts2.csv", "host\nweb-01\nweb_02\n")
        let failing = try Self.run(harness, ["generate", "profile.yaml", "--out", "out3", "--inventory", "hosts2.csv"])
        #expect(failing.status == 65)
        #expect(
            failing.stderr.contains(
                "profile.yaml:6:11: error: host 'web_02': 'web_02' is not a valid host name: use letters, digits and "
                    + "hyphens only (RFC 1123) [profile-invalid-value]"))
        #expect(!FileManager.default.fileExists(atPath: harness.path("out3/debian-12")))
        try harness.write("hosts3.csv", "host\nweb/02\n")
        let unsafe = try Self.run(harness, ["generate", "profile.yaml", "--out", "out3", "--inventory", "hosts3.csv"])
        #expect(unsafe.status == 65)
        #expect(unsafe.stderr.contains("line 2: 'web/02' cannot name a host's directory"))
    }

    @Test func usageAndMissingInputs() throws {
        let harness = try LintHarness()
        try harness.write("profile.yaml", Self.profile)
        #expect(try Self.run(harness, ["generate", "missing.yaml", "--out", "out"]).status == 66)
        #expect(
            try Self.run(harness, ["generate", "profile.yaml", "--out", "out", "--distro", "debian-13"]).status == 64)
        #expect(try Self.run(harness, ["generate", "profile.yaml", "--out", "out", "--distro", "rhel-9"]).status == 64)
        #expect(try Self.run(harness, ["generate", "profile.yaml", "--out", "out", "--budget", "azure"]).status == 64)
        #expect(try Self.run(harness, ["generate", "profile.yaml"]).status == 64)
        #expect(
            try Self.run(harness, ["generate", "profile.yaml", "--out", "out", "--inventory", "nope.csv"]).status == 66)
    }

    @Test func aSpecializedImageGetsNoUserData() throws {
        let harness = try LintHarness()
        try harness.write("profile.yaml", "cloudcfg-profile: 1\ndistros: [rhel-9]\n")
        let run = try Self.run(harness, ["generate", "profile.yaml", "--out", "out", "--image", "specialized"])
        #expect(run.status == 0, "\(run.stderr)")
        let out = harness.directory.appendingPathComponent("out")
        #expect(
            Self.files(under: out) == [
                "rhel-9/cloud.cfg.d/10-azure-kvp.cfg", "rhel-9/cloud.cfg.d/91-azure_datasource.cfg",
                "rhel-9/manifest.json", "rhel-9/waagent.conf",
            ])
        let waagent = try String(contentsOf: out.appendingPathComponent("rhel-9/waagent.conf"), encoding: .utf8)
        #expect(waagent.contains("\nProvisioning.Agent=disabled\n"))
        let manifest = try String(contentsOf: out.appendingPathComponent("rhel-9/manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"provisioner\": \"none\""))
        #expect(manifest.contains("\"osState\": \"Specialized\""))
    }
}
