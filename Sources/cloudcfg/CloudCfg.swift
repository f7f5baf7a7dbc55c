import ArgumentParser
import CloudConfig

/// The `cloudcfg` command: lint the first-boot configuration of Linux VM images.
@main
struct CloudCfg: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cloudcfg",
        abstract: "Lint the first-boot configuration of Linux VM images: cloud-init user-data, waagent.conf and "
            + "cloud-init's configuration in the image.",
        discussion: """
            cloudcfg reads YAML exactly as cloud-init does (PyYAML's SafeLoader, YAML 1.1 typing) \
            while keeping the position of every node, so every finding points at a line and column.

            Exit codes: 0 success, 1 findings of error severity, 64 usage, 65 unreadable or \
            unparsable input, 66 missing input.

            Examples:
              cloudcfg lint Examples/user-data/typical-mistakes.yaml
              cloudcfg explain write_files.permissions
              cloudcfg --generate-completion-script bash
            """,
        version: CloudCfgVersion.current,
        subcommands: [
            Lint.self, Show.self, Generate.self, Pack.self, Init.self, Rules.self, Explain.self, SchemaCommand.self,
            Distros.self,
        ]
    )

    /// Runs the command line, first catching a mistyped subcommand, which the parser would only
    /// call an unexpected argument.
    ///
    /// `cloudcfg lint PATH...` with no option, the commonest command line, skips the parser:
    /// its reflection over the options costs more than a small lint (``LintRun/init(plainArguments:)``).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let lint = LintRun(plainArguments: arguments) {
            do {
                try lint.run()
            } catch {
                Self.exit(withError: error)
            }
            return
        }
        if let problem = UnknownSubcommand(arguments: arguments) {
            Console.error(problem.message)
            Self.exit(withError: ExitStatus.usage)
        }
        Self.main(nil)
    }

    /// Without a subcommand there is nothing to do: that is a usage error, so the help goes to
    /// standard error and the exit status is 64, as for any other usage error.
    func run() throws {
        Console.error(Self.helpMessage() + "\n")
        throw ExitStatus.usage
    }
}

/// The version printed by `--version`.
enum CloudCfgVersion {
    static let current = "0.1.0"
}
