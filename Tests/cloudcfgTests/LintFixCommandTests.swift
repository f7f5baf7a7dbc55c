import CloudConfig
import Foundation
import TestSupport
import Testing

/// `cloudcfg lint --fix` and `--fix --dry-run`, run as a subprocess: files fixed in place
/// atomically with their mode, links and bytes kept, a diff that `patch` applies, standard input
/// fixed to standard output, and the report and exit status about what remains.
@Suite struct LintFixCommandTests {
    /// Two errors and a warning with safe fixes, a suggestion, CR LF (a warning without a fix) and
    /// no final line break.
    static let input =
        "packages: [nginx]\r\npackage_update: yes   # keep\r\nwrite_files:\r\n  - path: /etc/motd\r\n"
        + "    permissions: 0644\r\n  - path: /srv/a\r\n    owner: app\r\nusers: [default, {name: app}]"
    static let fixed =
        "#cloud-config\npackages: [nginx]\r\npackage_update: true   # keep\r\nwrite_files:\r\n  - path: /etc/motd\r\n"
        + "    permissions: '0644'\r\n  - path: /srv/a\r\n    owner: app\r\nusers: [default, {name: app}]"

    static func bytes(_ harness: borrowing LintHarness, _ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: harness.path(name)))
    }

    static func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func fixesInPlaceKeepingTheModeAndReportsWhatRemains() throws {
        let harness = try LintHarness()
        try harness.write("user-data.yaml", Self.input)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: harness.path("user-data.yaml"))
        let before = try harness.run(["lint", "user-data.yaml"])
        #expect(before.status == 1)
        let run = try harness.run(["lint", "--fix", "user-data.yaml"])
        #expect(try String(decoding: Self.bytes(harness, "user-data.yaml"), as: UTF8.self) == Self.fixed)
        #expect(try Self.mode(harness.path("user-data.yaml")) == 0o640)
        // What remains: a warning about CR LF and the suggestion to defer the file; no error.
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("[write-files-owner-not-deferred]"))
        #expect(!run.stdout.contains("[truthy]") && !run.stdout.contains("[missing-header]"))
        #expect(run.stderr == "fixed 3 problems in 1 file; 2 remain\n")
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: harness.directory.path) == ["user-data.yaml"])
        // A second run changes nothing.
        let again = try harness.run(["lint", "--fix", "user-data.yaml"])
        #expect(try String(decoding: Self.bytes(harness, "user-data.yaml"), as: UTF8.self) == Self.fixed)
        #expect(again.stderr == "fixed 0 problems in 0 files; 2 remain\n")
        #expect(again.stdout == run.stdout)
    }

    /// On an image's files, linted together: the report of `--fix` is what lint says of the fixed
    /// files, and a second `--fix` changes nothing.
    @Test func theReportOfAFixedImageIsWhatLintSaysOfIt() throws {
        let harness = try LintHarness()
        let copy = harness.directory.appendingPathComponent("image")
        try FileManager.default.copyItem(at: ReadmeTests.root.appendingPathComponent("Examples/image-etc"), to: copy)
        let fixed = try harness.run(["lint", "--fix", "image"])
        #expect(fixed.stderr.hasPrefix("fixed 6 problems in 3 files;"), "\(fixed.stderr)")
        let after = try harness.run(["lint", "image"])
        #expect(fixed.stdout == after.stdout)
        #expect(fixed.status == after.status)
        let again = try harness.run(["lint", "--fix", "image"])
        #expect(again.stderr.hasPrefix("fixed 0 problems in 0 files;"), "\(again.stderr)")
    }

    @Test func theExitStatusIsAboutWhatRemains() throws {
        let harness = try LintHarness()
        try harness.write("a.yaml", "write_files:\n  - path: /etc/motd\n    permissions: 0644\n")
        #expect(try harness.run(["lint", "a.yaml"]).status == 1)
        let run = try harness.run(["lint", "--fix", "--format", "json", "a.yaml"])
        #expect(run.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let summary = try #require(report["summary"] as? [String: Int])
        #expect(summary == ["errors": 0, "warnings": 0, "notes": 0])
        #expect(run.stderr == "fixed 2 problems in 1 file; 0 remain\n")
    }

    @Test func dryRunPrintsADiffThatPatchApplies() throws {
        let harness = try LintHarness()
        try harness.write("dir/user-data.yaml", Self.input)
        let run = try harness.run(["lint", "--fix", "--dry-run", "dir/user-data.yaml"])
        #expect(try String(decoding: Self.bytes(harness, "dir/user-data.yaml"), as: UTF8.self) == Self.input)
        // Its status is what --fix would leave: warnings only.
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("--- a/dir/user-data.yaml\n+++ b/dir/user-data.yaml\n@@ -1,8 +1,9 @@\n"))
        #expect(run.stdout.contains("+#cloud-config\n"))
        // The report goes to standard error, so that the diff can be piped.
        #expect(run.stderr.contains("[write-files-owner-not-deferred]"))
        #expect(run.stderr.hasSuffix("would fix 3 problems in 1 file; 2 would remain\n"))
        let patch = "/usr/bin/patch"
        guard DebianPython.shouldRun(FileManager.default.isExecutableFile(atPath: patch)) else { return }
        let applied = try LintHarness.run(
            patch, ["-p1", "--batch", "--quiet"], stdin: run.stdout, workingDirectory: harness.directory)
        #expect(applied.status == 0, "\(applied.stdout)\(applied.stderr)")
        #expect(try String(decoding: Self.bytes(harness, "dir/user-data.yaml"), as: UTF8.self) == Self.fixed)
    }

    @Test func standardInputIsFixedToStandardOutput() throws {
        let harness = try LintHarness()
        let run = try harness.run(["lint", "--fix", "-"], stdin: Self.input)
        #expect(run.stdout == Self.fixed)
        #expect(run.stderr.contains("<stdin>:"))
        #expect(run.stderr.hasSuffix("fixed 3 problems in 1 file; 2 remain\n"))
        #expect(run.status == 0)
        // Clean input comes out as it went in.
        let clean = "#cloud-config\nhostname: web"
        #expect(try harness.run(["lint", "--fix", "-"], stdin: clean).stdout == clean)
    }

    @Test func aLinkedFileIsFixedAndTheLinkKept() throws {
        let harness = try LintHarness()
        try harness.write("real.yaml", "#cloud-config\npackage_update: yes\n")
        try FileManager.default.createSymbolicLink(atPath: harness.path("link.yaml"), withDestinationPath: "real.yaml")
        let run = try harness.run(["lint", "--fix", "link.yaml"])
        #expect(run.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: harness.path("link.yaml")) == "real.yaml")
        #expect(
            try String(decoding: Self.bytes(harness, "real.yaml"), as: UTF8.self)
                == "#cloud-config\npackage_update: true\n")
    }

    @Test func aFileWithOtherHardLinksIsNotReplaced() throws {
        let harness = try LintHarness()
        try harness.write("a.yaml", "#cloud-config\npackage_update: yes\n")
        try FileManager.default.linkItem(atPath: harness.path("a.yaml"), toPath: harness.path("b.yaml"))
        let run = try harness.run(["lint", "--fix", "a.yaml"])
        #expect(run.status == 73)
        #expect(run.stderr.contains("a.yaml: error: not fixed: it has 2 hard links"))
        #expect(
            try String(decoding: Self.bytes(harness, "a.yaml"), as: UTF8.self) == "#cloud-config\npackage_update: yes\n"
        )
        // The report is about the file as it is.
        #expect(run.stdout.contains("[truthy]"))
    }

    @Test func encodedUserDataIsNotRewrittenAndSaysSo() throws {
        let harness = try LintHarness()
        let gzip = try LintHarness.run(
            "/bin/sh", ["-c", "printf '#cloud-config\\npackage_update: yes\\n' | gzip -n > user-data.gz"],
            workingDirectory: harness.directory)
        #expect(gzip.status == 0)
        let before = try Self.bytes(harness, "user-data.gz")
        let run = try harness.run(["lint", "--fix", "user-data.gz"])
        #expect(try Self.bytes(harness, "user-data.gz") == before)
        #expect(
            run.stderr.contains(
                "user-data.gz: note: --fix does not rewrite gzip-compressed user-data; decode it, fix the result and "
                    + "encode it again"))
    }

    @Test func findingsInDecodedPartsStayAndSaySo() throws {
        let harness = try LintHarness()
        let encoded = Data("#cloud-config\npackage_update: yes\n".utf8).base64EncodedString()
        let text =
            "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=XX\n\n--XX\nContent-Type: text/cloud-config\n"
            + "Content-Transfer-Encoding: base64\n\n\(encoded)\n--XX\nContent-Type: text/cloud-config\n"
            + "Content-Transfer-Encoding: quoted-printable\n\n#cloud-config\nssh_deletekeys: yes\n--XX--\n"
        try harness.write("user-data.mime", text)
        let run = try harness.run(["lint", "--fix", "user-data.mime"])
        #expect(try String(decoding: Self.bytes(harness, "user-data.mime"), as: UTF8.self) == text)
        #expect(
            run.stderr.contains(
                "user-data.mime: note: --fix does not rewrite the text decoded from mime part-001 > base64; 1 finding "
                    + "there stays as it is\n"))
        #expect(
            run.stderr.contains(
                "user-data.mime:14:17: note: 'write true, as cloud-init reads it' [truthy] is not applied: it is inside "
                    + "the quoted-printable body of mime part-002, which cloudcfg does not rewrite\n"))
        #expect(run.stderr.hasSuffix("fixed 0 problems in 0 files; 2 remain\n"))
    }

    @Test func waagentConfKeepsItsLineEndingsAndComments() throws {
        let harness = try LintHarness()
        try harness.write("waagent.conf", "Provisioning.Agent=auto\r\nResourceDisk.Format=yes # the disk\r\n")
        let run = try harness.run(["lint", "--fix", "waagent.conf"])
        #expect(
            try String(decoding: Self.bytes(harness, "waagent.conf"), as: UTF8.self)
                == "Provisioning.Agent=auto\r\n# the disk\r\nResourceDisk.Format=y\r\n")
        #expect(run.stderr.hasSuffix("fixed 2 problems in 1 file; 0 remain\n"), "\(run.stdout)\(run.stderr)")
    }

    /// The README's diff is the start of what `--fix --dry-run` prints for the example.
    @Test func theReadmeDiffIsWhatDryRunPrints() throws {
        let lines = try ReadmeGuideTests.block(
            after: "$ cloudcfg lint --fix --dry-run Examples/user-data/typical-mistakes.yaml")
        #expect(lines.last == "...")
        #expect(lines.count > 6)
        let run = try ReadmeTests.run(["lint", "--fix", "--dry-run", "Examples/user-data/typical-mistakes.yaml"])
        #expect(run.stdout.hasPrefix(lines.dropLast().joined(separator: "\n") + "\n"), "\(run.stdout)")
    }

    @Test func dryRunNeedsFix() throws {
        let harness = try LintHarness()
        try harness.write("a.yaml", "#cloud-config\n")
        let run = try harness.run(["lint", "--dry-run", "a.yaml"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--dry-run only goes with --fix"))
    }

    @Test func explainSaysWhetherFixAppliesARulesFix() throws {
        let harness = try LintHarness()
        let truthy = try harness.run(["explain", "truthy"])
        #expect(truthy.stdout.contains("\nFix: applied by `cloudcfg lint --fix`: true or false is the value"))
        let sudo = try harness.run(["explain", "sudo-true"])
        #expect(sudo.stdout.contains("\nFix: a suggestion, which `cloudcfg lint --fix` does not apply: "))
        let unknown = try harness.run(["explain", "unknown-key"])
        #expect(unknown.stdout.contains("\nFix: applied by `cloudcfg lint --fix` only in some cases: "))
        let duplicate = try harness.run(["explain", "duplicate-key"])
        #expect(!duplicate.stdout.contains("Fix:"))
    }
}
