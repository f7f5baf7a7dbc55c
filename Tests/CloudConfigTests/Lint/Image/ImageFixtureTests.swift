import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// The checks across the files of an image, end to end: each directory under `Fixtures/image` is
/// laid out like an image (its `etc/`, or an `/etc` itself, and user-data beside it), and
/// `cloudcfg lint .` run in it prints what `Fixtures/golden/image/<case>.txt` holds — findings on
/// one file with notes at the places in the others. `CLOUDCFG_RECORD=goldens` re-records them.
@Suite struct ImageFixtureTests {
    static let directory = Golden.fixturesDirectory.appendingPathComponent("image")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test func thereAreCases() {
        #expect(Self.cases.count >= 8)
    }

    @Test(arguments: cases)
    func lintPrintsTheGolden(_ name: String) throws {
        let run = try CLIRunner.run(
            ["lint", "--color", "never", "."], workingDirectory: Self.directory.appendingPathComponent(name),
            environment: ["NO_COLOR": "1"])
        #expect(run.status == (run.stdoutText.contains(": error: ") ? 1 : 0), "\(run.stderrText)")
        try Golden.assertMatches(run.stdoutText, golden: "image/\(name).txt")
    }

    /// The JSON contract carries each note's file and place.
    @Test func jsonNamesTheNotesFiles() throws {
        let run = try CLIRunner.run(
            ["lint", "--format", "json", "."],
            workingDirectory: Self.directory.appendingPathComponent("auto-with-cloud-init"))
        try Golden.assertMatches(run.stdoutText, golden: "image/auto-with-cloud-init.json")
        let root = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let files = try #require(root["files"] as? [[String: Any]])
        let agent = try #require(files.first { $0["path"] as? String == "./etc/waagent.conf" })
        let diagnostics = try #require(agent["diagnostics"] as? [[String: Any]])
        let conflict = try #require(diagnostics.first { $0["rule"] as? String == "image-resource-disk-conflict" })
        let notes = try #require(conflict["notes"] as? [[String: Any]])
        #expect(
            notes.compactMap { $0["path"] as? String } == [
                "./etc/cloud/cloud.cfg", "./user-data.yaml", "./user-data.yaml",
            ])
        #expect(notes.compactMap { $0["line"] as? Int } == [1, 2, 5])
    }

    /// A file given with --with is checked against, and its own findings are not reported; a
    /// finding whose place is in it goes on the input, with a note there.
    @Test func withAddsContext() throws {
        let base = Self.directory.appendingPathComponent("waagent-with-cloud-init")
        let run = try CLIRunner.run(
            ["lint", "--format", "json", "etc/cloud/cloud.cfg", "--with", "etc/waagent.conf"], workingDirectory: base)
        #expect(run.status == 1, "\(run.stderrText)")
        let root = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let files = try #require(root["files"] as? [[String: Any]])
        #expect(files.compactMap { $0["path"] as? String } == ["etc/cloud/cloud.cfg"])
        let diagnostics = try #require(files.first?["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.compactMap { $0["rule"] as? String } == ["image-waagent-with-cloud-init"])
        let notes = try #require(diagnostics.first?["notes"] as? [[String: Any]])
        #expect(notes.first?["path"] as? String == "etc/waagent.conf")
        #expect(notes.first?["message"] as? String == "Provisioning.Agent=waagent")
        // Without --with, the same file has nothing to be checked against.
        let alone = try CLIRunner.run(["lint", "etc/cloud/cloud.cfg"], workingDirectory: base)
        #expect(alone.status == 0)
        #expect(alone.stdoutText.isEmpty)
        // A missing --with file is a missing input.
        let missing = try CLIRunner.run(["lint", "etc/cloud/cloud.cfg", "--with", "nope.conf"], workingDirectory: base)
        #expect(missing.status == 66)
    }

    /// The library call a generator uses: the files of one image, linted together.
    @Test func theLibraryLintsAnImageTogether() throws {
        let results = Linter().lint(together: [
            LintInput(
                SourceFile(path: "etc/waagent.conf", text: "Provisioning.Agent=cloud-init\nLib.Dir=/var/lib/x\n")),
            LintInput(SourceFile(path: "etc/cloud/cloud.cfg.d/91-azure.cfg", text: "datasource_list: [Azure]\n")),
        ])
        #expect(results.map(\.path) == ["etc/waagent.conf", "etc/cloud/cloud.cfg.d/91-azure.cfg"])
        #expect(results.map(\.inputKind) == [.waagent, .systemConfig])
        let mismatch = try #require(results.first?.diagnostics.first)
        #expect(mismatch.ruleID == .imageDataDirMismatch)
        #expect(mismatch.notes.first?.path == "etc/cloud/cloud.cfg.d/91-azure.cfg")
        // Turned off in the configuration, the check does not run.
        let off = Linter(configuration: LintConfiguration(rules: [.imageDataDirMismatch: .off])).lint(together: [
            LintInput(
                SourceFile(path: "etc/waagent.conf", text: "Provisioning.Agent=cloud-init\nLib.Dir=/var/lib/x\n")),
            LintInput(SourceFile(path: "etc/cloud/cloud.cfg.d/91-azure.cfg", text: "datasource_list: [Azure]\n")),
        ])
        #expect(off.allSatisfy { $0.diagnostics.isEmpty })
    }
}
