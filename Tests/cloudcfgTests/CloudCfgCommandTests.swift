import CloudConfig
import Foundation
import Testing

/// The `cloudcfg` command itself: no subcommand, a mistyped one, help and version.
@Suite struct CloudCfgCommandTests {
    static func run(_ arguments: [String]) throws -> LintHarness.Run {
        try LintHarness.run(arguments, workingDirectory: FileManager.default.temporaryDirectory)
    }

    /// Without a subcommand nothing can be done: help on standard error and 64, as for any
    /// usage error, so that a script that forgot the subcommand fails.
    @Test func noSubcommandPrintsHelpAndExits64() throws {
        let run = try Self.run([])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("OVERVIEW: Lint the first-boot configuration of Linux VM images"))
        #expect(run.stderr.contains("SUBCOMMANDS:"))
        #expect(run.stderr.contains("  lint "))
    }

    @Test(
        arguments: [
            ("lnt", "lint"), ("explian", "explain"), ("rule", "rules"), ("schemas", "schema"), ("frobnicate", nil),
        ] as [(String, String?)])
    func aMistypedSubcommandGetsDidYouMean(_ word: String, _ suggestion: String?) throws {
        let run = try Self.run([word, "a.yaml"])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        let firstLine =
            "error: '\(word)' is not a cloudcfg command" + (suggestion.map { "; did you mean '\($0)'?" } ?? "") + "\n"
        #expect(run.stderr.hasPrefix(firstLine), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("See 'cloudcfg --help' for the subcommands.\n"))
    }

    @Test func helpAndVersionStillWork() throws {
        let help = try Self.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("SUBCOMMANDS:"))
        let subcommandHelp = try Self.run(["help", "lint"])
        #expect(subcommandHelp.status == 0)
        #expect(
            subcommandHelp.stdout.hasPrefix("OVERVIEW: Lint cloud-init user-data, waagent.conf and cloud-init system"))
        #expect(subcommandHelp.stdout.contains("--verbose"))
        let version = try Self.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
    }
}
