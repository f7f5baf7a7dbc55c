import Foundation
import TestSupport
import Testing

/// `cloudcfg --help` and every subcommand's help end their description with examples, and every
/// example runs as written from the root of the repository.
@Suite struct HelpExamplesTests {
    /// The subcommands `cloudcfg --help` lists.
    static func subcommands() throws -> [String] {
        let help = try ReadmeTests.run(["--help"])
        let section = try #require(help.stdout.split(separator: "SUBCOMMANDS:\n").last)
        return section.split(separator: "\n").compactMap { line in
            line.firstMatch(of: #/^  ([a-z][a-z-]*) /#).map { String($0.output.1) }
        }.filter { $0 != "help" }
    }

    /// The example lines of a help text: the indented lines after `Examples:`.
    static func examples(_ help: String) -> [String] {
        guard let section = help.split(separator: "\nExamples:\n").dropFirst().first else { return [] }
        return section.split(separator: "\n").prefix { $0.hasPrefix("  ") }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }

    @Test func everyCommandHasExamples() throws {
        let subcommands = try Self.subcommands()
        #expect(subcommands.count >= 6)
        #expect(Self.examples(try ReadmeTests.run(["--help"]).stdout).count >= 2)
        for subcommand in subcommands {
            let help = try ReadmeTests.run(["help", subcommand])
            let examples = Self.examples(help.stdout)
            #expect(!examples.isEmpty, "cloudcfg \(subcommand) --help has no examples")
            #expect(examples.allSatisfy { $0.contains("cloudcfg \(subcommand)") }, "\(examples)")
        }
    }

    /// Each example, run by `sh` in a scratch directory beside the repository's `Examples`,
    /// exits 0 (or 1, lint's status for findings) and prints or writes something (lint of a
    /// clean input prints nothing).
    @Test func everyExampleRuns() throws {
        var examples = Self.examples(try ReadmeTests.run(["--help"]).stdout)
        for subcommand in try Self.subcommands() {
            examples += Self.examples(try ReadmeTests.run(["help", subcommand]).stdout)
        }
        let harness = try LintHarness()
        try FileManager.default.createSymbolicLink(
            at: harness.directory.appendingPathComponent("Examples"),
            withDestinationURL: ReadmeTests.root.appendingPathComponent("Examples"))
        let path = try CLIRunner.executable.deletingLastPathComponent().path + ":/usr/bin:/bin"
        for example in examples {
            let run = try LintHarness.run(
                "/usr/bin/env", ["PATH=\(path)", "/bin/sh", "-c", example], workingDirectory: harness.directory)
            let allowed: Set<Int32> = example.contains("cloudcfg lint") ? [0, 1] : [0]
            #expect(allowed.contains(run.status), "\(example): \(run.status) \(run.stderr)")
            if let target = example.firstMatch(of: /> ([^ ]+)$/)?.output.1 {
                let written = try Data(contentsOf: harness.directory.appendingPathComponent(String(target)))
                #expect(!written.isEmpty, "\(example) wrote nothing")
            } else if !(example.contains("cloudcfg lint") && run.status == 0) {
                // Lint prints nothing for a clean input; every other example prints its answer.
                #expect(!run.stdout.isEmpty, "\(example) printed nothing")
            }
        }
        #expect(examples.count >= 15)
    }
}
