import CloudConfig
import Foundation
import TestSupport
import Testing

/// `cloudcfg init`: the starter profile generates cleanly for every distribution, lints clean,
/// and nothing is overwritten without `--force`.
@Suite struct InitCommandTests {
    /// For each distribution alone, for all of them, and for a specialized image: init, then
    /// generate, with no finding of any severity but notes, and lint of the directory clean.
    @Test(arguments: DistroProfile.all.map { ["--distro", $0.id] } + [[], ["--image", "specialized"]])
    func theStarterGeneratesForEveryDistribution(_ options: [String]) throws {
        let harness = try LintHarness()
        let initRun = try harness.run(["init"] + options + ["starter"])
        #expect(initRun.status == 0, "\(initRun.stderr)")
        #expect(initRun.stdout.contains("wrote starter/profile.yaml\nwrote starter/.cloudcfg.yaml\n"))
        let generate = try harness.run(["generate", "starter/profile.yaml", "--out", "starter/out"])
        #expect(generate.status == 0, "\(options): \(generate.stderr)")
        #expect(!generate.stderr.contains("error:") && !generate.stderr.contains("warning:"), "\(generate.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: harness.path("starter/out")).sorted()
        let expected = options.first == "--distro" ? [options[1]] : DistroProfile.all.map(\.id).sorted()
        #expect(written == expected)
        // The profile and everything generated lint clean, with the .cloudcfg.yaml init wrote
        // (which ignores out/), and the generated files clean by themselves too.
        let lint = try harness.run(["lint", "--format", "text", "starter"])
        #expect(lint.status == 0 && lint.stdout.isEmpty, "\(lint.stdout)\(lint.stderr)")
        try harness.write("plain.yaml", "version: 1\n")
        let lintOut = try harness.run(["lint", "--format", "text", "--quiet", "--config", "plain.yaml", "starter/out"])
        #expect(lintOut.status == 0, "\(lintOut.stdout)\(lintOut.stderr)")
    }

    @Test func nothingIsOverwrittenWithoutForce() throws {
        let harness = try LintHarness()
        try harness.write("here/.cloudcfg.yaml", "version: 1\n")
        let refused = try harness.run(["init", "here"])
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("here/.cloudcfg.yaml: error: already exists; --force replaces it"))
        // Neither file was written.
        #expect(!FileManager.default.fileExists(atPath: harness.path("here/profile.yaml")))
        #expect(try String(contentsOfFile: harness.path("here/.cloudcfg.yaml"), encoding: .utf8) == "version: 1\n")
        let forced = try harness.run(["init", "--force", "--name", "web fleet", "here"])
        #expect(forced.status == 0, "\(forced.stderr)")
        let profile = try String(contentsOfFile: harness.path("here/profile.yaml"), encoding: .utf8)
        #expect(profile.contains("\nname: 'web fleet'\n"))
    }

    @Test func anUnknownDistributionIsAUsageError() throws {
        let harness = try LintHarness()
        let run = try harness.run(["init", "--distro", "ubuntu-99.04", "x"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("'ubuntu-99.04' is not a distribution cloudcfg knows"))
        #expect(!FileManager.default.fileExists(atPath: harness.path("x")))
    }

    /// Names YAML would read as something other than text are quoted.
    @Test func namesStayText() {
        #expect(StarterProfile.quotedIfNeeded("web-fleet") == "web-fleet")
        #expect(StarterProfile.quotedIfNeeded("yes") == "'yes'")
        #expect(StarterProfile.quotedIfNeeded("1.0") == "'1.0'")
        #expect(StarterProfile.quotedIfNeeded("it's") == "'it''s'")
        #expect(StarterProfile.quotedIfNeeded("") == "''")
    }
}
