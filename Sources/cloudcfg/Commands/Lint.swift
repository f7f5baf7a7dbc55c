import ArgumentParser
import CloudConfig
import SystemPackage

/// `cloudcfg lint`: findings for user-data, waagent.conf and system configuration files,
/// directories or standard input.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint cloud-init user-data, waagent.conf and cloud-init system configuration.",
        discussion: """
            Reads each input as its consumer does and reports what it would reject, ignore or \
            misread, with the line and column: user-data as cloud-init, waagent.conf as the Azure \
            Linux Agent, /etc/cloud/cloud.cfg and cloud.cfg.d/*.cfg as cloud-init's system \
            configuration. The kind comes from the name (waagent.conf, cloud.cfg, cloud.cfg.d/*.cfg), \
            then the content; --kind overrides it. Directories are searched recursively for user-data \
            (files whose first line is #cloud-config or another user-data header, or named like \
            user-data or *.cloud-config.yaml), waagent.conf and system configuration; hidden entries \
            are skipped. A skipped file named like user-data (user_data, cloud-init.yaml, \
            custom-data) gets a note; --verbose lists every skipped entry with the reason.

            Settings come from the nearest .cloudcfg.yaml (version, cloud-init, agent, distro, rules, \
            ignore); suppress one finding with a comment: # cloudcfg: disable-line RULE (in \
            waagent.conf: a line # cloudcfg: disable-next-line RULE before it)

            Exit codes: 0 no errors, 1 errors (or warnings with --strict), 64 usage or invalid \
            configuration, 65 an input that cannot be parsed, 66 a missing or unreadable input, or \
            nothing to lint (directories without user-data).

            Output: annotated source (pretty) when standard output is a terminal, one line per \
            finding (text) otherwise; json, sarif, github and lsp for tools.

            --fix applies the fixes that cannot change what a file means at boot beyond the finding \
            (cloudcfg explain RULE says whether a rule's fix is one), then reports what remains; \
            --fix --dry-run prints them as a unified diff instead.

            Examples:
              cloudcfg lint Examples/user-data/typical-mistakes.yaml
              cloudcfg lint --cloud-init 22.4.2 --strict Examples/user-data
              cloudcfg lint --format sarif Examples/user-data > cloudcfg.sarif
              cat Examples/user-data/web-server.yaml | cloudcfg lint -
              cloudcfg lint --fix --dry-run Examples/user-data/typical-mistakes.yaml
            """
    )

    @OptionGroup var options: LintOptions

    @OptionGroup var fixing: FixOptions

    @Argument(help: "Files or directories to lint, or - for standard input.")
    var paths: [String]

    @Option(
        name: .customLong("with"),
        help: ArgumentHelp(
            "A file of the same image to check the inputs against (repeatable): a waagent.conf, cloud.cfg or "
                + "cloud.cfg.d drop-in, or user-data. Its own findings are not reported.",
            valueName: "file"))
    var context: [String] = []

    /// The run the command line asks for.
    var lintRun: LintRun {
        LintRun(paths: paths, context: context, options: options.values, fixing: fixing.values)
    }

    func run() throws {
        try lintRun.run()
    }
}
