import CloudConfig
import Foundation
import TestSupport
import Testing

/// `cloudcfg lint` on envelopes and with the user-data options: `--instance-data`, `--schema`,
/// `--platform` and `--shellcheck`, run as a subprocess.
@Suite struct LintUserDataOptionsTests {
    /// The findings of a JSON report as `path line:column rule envelope`.
    static func findings(_ json: String) throws -> [String] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        return files.flatMap { file in
            (file["diagnostics"] as? [[String: Any]] ?? []).map { diagnostic in
                let envelope = diagnostic["envelope"] as? String ?? "-"
                return "\(file["path"] ?? "") \(diagnostic["line"] ?? 0):\(diagnostic["column"] ?? 0) "
                    + "\(diagnostic["rule"] ?? "") \(envelope)"
            }
        }
    }

    /// Base64 of text, in 76-character lines as `base64` writes it.
    static func base64(_ text: String) -> String {
        let encoded = Data(text.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithLineFeed])
        return encoded + "\n"
    }

    @Test func base64CustomDataIsLintedInTheDecodedText() throws {
        let harness = try LintHarness()
        try harness.write("custom-data.b64", Self.base64("#cloud-config\npackages: [a]\npakages: [b]\n"))
        let json = try harness.run(["lint", "--format", "json", "custom-data.b64"])
        #expect(json.status == 1)
        #expect(try Self.findings(json.stdout) == ["custom-data.b64 3:1 unknown-key base64"])
        #expect(json.stdout.contains("\"kind\": \"base64\""))
        let text = try harness.run(["lint", "custom-data.b64"])
        #expect(text.stdout.hasPrefix("custom-data.b64:3:1: error: 'pakages' is not a cloud-config key"))
        #expect(text.stdout.contains("(in base64) [unknown-key]\n"))
        // Base64 of text that is not user-data is decoded only when declared.
        try harness.write("no-header.b64", Self.base64("hostname: web\n"))
        let undeclared = try harness.run(["lint", "--format", "json", "no-header.b64"])
        #expect(try Self.findings(undeclared.stdout) == ["no-header.b64 1:1 unrecognized-user-data -"])
        let declared = try harness.run(["lint", "--format", "json", "--base64", "no-header.b64"])
        #expect(try Self.findings(declared.stdout) == ["no-header.b64 1:1 missing-header base64"])
        let show = try harness.run(["show", "--base64", "no-header.b64"])
        #expect(show.stdout == "{\n  \"hostname\": \"web\"\n}\n")
        try harness.remove("no-header.b64")
        // A directory walk finds it by what it decodes to.
        try harness.write("notes.b64", Self.base64("just some text\n"))
        let walk = try harness.run(["lint", "--format", "json", "."])
        #expect(try Self.findings(walk.stdout) == ["./custom-data.b64 3:1 unknown-key base64"])
    }

    @Test func platformLimitsSayTheSizesAndSuggestGzip() throws {
        let harness = try LintHarness()
        // 70,000 bytes of cloud-config that gzip compresses well: over Azure's 65,535.
        let lines = (0..<2000).map { "  - echo line \($0) of a long runcmd list\n" }
        let big = "#cloud-config\nruncmd:\n" + lines.joined()
        try #require(big.utf8.count > 65_535)
        try harness.write("user-data", big)
        let run = try harness.run(["lint", "--platform", "azure", "user-data"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("user-data:1:1: error: the user-data is \(Self.grouped(big.utf8.count)) bytes"))
        #expect(run.stdout.contains("Azure custom data takes less"))
        #expect(run.stdout.contains("and would fit: cloud-init decompresses gzip user-data [user-data-too-large]"))
        #expect(try harness.run(["lint", "user-data"]).status == 0)
        #expect(try harness.run(["lint", "--platform", "gcp", "user-data"]).status == 0)
        let unknown = try harness.run(["lint", "--platform", "nowhere", "user-data"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("'nowhere' is not a platform cloudcfg knows"))
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var output = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { output.append(",") }
            output.append(digit)
        }
        return output
    }

    @Test func instanceDataRendersTemplates() throws {
        let harness = try LintHarness()
        try harness.write(
            "template.yaml",
            "## template: jinja\n#cloud-config\nwrite_files:\n  - path: /etc/x\n    permissions: {{ mode }}\n")
        try harness.write("instance-data.json", #"{"v1": {"local_hostname": "web"}, "mode": 644}"#)
        // Without data the expression is an opaque value: nothing is said about its type.
        let opaque = try harness.run(["lint", "--format", "json", "template.yaml"])
        #expect(try Self.findings(opaque.stdout) == ["template.yaml 5:21 jinja-unknown-variable -"])
        let rendered = try harness.run(
            ["lint", "--format", "json", "--instance-data", "instance-data.json", "template.yaml"])
        #expect(try Self.findings(rendered.stdout) == ["template.yaml 5:18 write-files-permissions -"])
        #expect(try harness.run(["lint", "--instance-data", "missing.json", "template.yaml"]).status == 66)
        try harness.write("bad.json", "{")
        #expect(try harness.run(["lint", "--instance-data", "bad.json", "template.yaml"]).status == 64)
    }

    @Test func schemaFilesAreReadOrRefused() throws {
        let harness = try LintHarness()
        try harness.write("user-data", "#cloud-config\nhostname: 5\n")
        try harness.write(
            "schema.json", #"{"type": "object", "properties": {"hostname": {"type": "string", "deprecated": true}}}"#)
        let run = try harness.run(["lint", "--format", "json", "--schema", "schema.json", "user-data"])
        // The deprecation is at the key, the type error at the value; the catalog's rules still run.
        #expect(
            try Self.findings(run.stdout) == [
                "user-data 2:1 json-schema -", "user-data 2:11 json-schema -", "user-data 2:11 type-mismatch -",
            ])
        #expect(try harness.run(["lint", "--schema", "nothing.json", "user-data"]).status == 66)
        try harness.write("list.json", "[]")
        let refused = try harness.run(["lint", "--schema", "list.json", "user-data"])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("is not a JSON schema"))
    }

    @Test func shellCheckNeedsShellCheck() throws {
        let harness = try LintHarness()
        try harness.write("setup.sh", "#!/bin/sh\necho $1\n")
        let missing = try CLIRunner.run(
            ["lint", "--shellcheck", "setup.sh"], workingDirectory: harness.directory,
            environment: ["PATH": "/nonexistent"])
        #expect(missing.status == 64)
        #expect(missing.stderrText.contains("--shellcheck needs shellcheck on the PATH"))
    }

    @Test(.enabled(if: DebianPython.shouldRun(FileManager.default.isExecutableFile(atPath: "/usr/bin/shellcheck"))))
    func shellCheckRunsFromThePath() throws {
        #expect(
            FileManager.default.isExecutableFile(atPath: "/usr/bin/shellcheck"),
            "shellcheck is not installed: apt-get install shellcheck")
        let harness = try LintHarness()
        try harness.write("setup.sh", "#!/bin/sh\necho $1\n")
        let run = try harness.run(["lint", "--format", "json", "--shellcheck", "setup.sh"])
        #expect(try Self.findings(run.stdout) == ["setup.sh 2:6 shellcheck/SC2086 -"])
        // The script is not a directory walk's user-data, but named it is linted.
        #expect(try harness.run(["lint", "setup.sh"]).stdout.isEmpty)
    }
}
