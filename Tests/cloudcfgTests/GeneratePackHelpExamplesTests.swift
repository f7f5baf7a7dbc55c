import Foundation
import TestSupport
import Testing

/// `cloudcfg generate --help` and `cloudcfg pack --help` end their description with examples,
/// as every command's help does, and each example runs as written from the root of the
/// repository: help never shows a command that fails.
@Suite struct GeneratePackHelpExamplesTests {
    /// The example lines of a help text: the indented lines after `Examples:`.
    static func examples(_ help: String) -> [String] {
        guard let section = help.split(separator: "\nExamples:\n").dropFirst().first else { return [] }
        return section.split(separator: "\n").prefix { $0.hasPrefix("  ") }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }

    @Test(arguments: ["generate", "pack"])
    func helpEndsWithExamplesOfTheCommand(_ subcommand: String) throws {
        let help = try ReadmeTests.run(["help", subcommand])
        #expect(help.status == 0)
        let examples = Self.examples(help.stdout)
        #expect(examples.count >= 2, "cloudcfg \(subcommand) --help: \(help.stdout)")
        #expect(examples.allSatisfy { $0.hasPrefix("cloudcfg \(subcommand) ") }, "\(examples)")
        // Indented, each fits an 80-column terminal, where the help is wrapped at spaces: a longer
        // example would be cut into two lines, the second not a command.
        #expect(examples.allSatisfy { $0.count + 2 < 80 }, "\(examples)")
    }

    /// Each example, run by `sh` in a scratch directory beside the repository's `Examples`, exits 0
    /// and prints or writes what it says.
    @Test(arguments: ["generate", "pack"])
    func everyExampleRuns(_ subcommand: String) throws {
        let examples = Self.examples(try ReadmeTests.run(["help", subcommand]).stdout)
        #expect(!examples.isEmpty)
        let harness = try LintHarness()
        try FileManager.default.createSymbolicLink(
            at: harness.directory.appendingPathComponent("Examples"),
            withDestinationURL: ReadmeTests.root.appendingPathComponent("Examples"))
        let path = try CLIRunner.executable.deletingLastPathComponent().path + ":/usr/bin:/bin"
        for example in examples {
            let run = try LintHarness.run(
                "/usr/bin/env", ["PATH=\(path)", "/bin/sh", "-c", example], workingDirectory: harness.directory)
            #expect(run.status == 0, "\(example): \(run.status) \(run.stderr)")
            if let target = example.firstMatch(of: /> ([^ ]+)$/)?.output.1 {
                let written = try Data(contentsOf: harness.directory.appendingPathComponent(String(target)))
                #expect(!written.isEmpty, "\(example) wrote nothing")
            } else {
                #expect(!run.stdout.isEmpty, "\(example) printed nothing")
            }
            // What generate says it wrote is there: a directory per distribution with its manifest.
            for line in run.stdout.split(separator: "\n") where line.hasPrefix("wrote ") {
                let directory = harness.directory.appendingPathComponent(String(line.dropFirst("wrote ".count)))
                #expect(
                    FileManager.default.fileExists(atPath: directory.appendingPathComponent("manifest.json").path),
                    "\(example): \(line)")
            }
        }
    }
}
