import ArgumentParser
import CloudConfig
import SystemPackage

/// The `--format` values, one per reporter.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case pretty, text, json, sarif, github, lsp

    /// The library's report format.
    var reportFormat: ReportFormat {
        switch self {
        case .pretty: .pretty
        case .lsp: .lsp
        case .text: .text
        case .json: .json
        case .sarif: .sarif
        case .github: .github
        }
    }
}

/// When to colour text output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// Options that shape a lint run.
struct LintOptions: ParsableArguments {
    @Option(
        name: [.customShort("f"), .customLong("format")],
        help: ArgumentHelp(
            "Output format: pretty (annotated source; the default when standard output is a terminal), text "
                + "(the default otherwise), json, sarif, github or lsp.", valueName: "format"))
    var requestedFormat: OutputFormat?

    /// The format asked for, or `pretty` for a person at a terminal and `text` for a pipe or a file.
    var format: OutputFormat { requestedFormat ?? (Terminal.isTTY(.standardOutput) ? .pretty : .text) }

    @Flag(help: "Fail (exit 1) on warnings as well as errors.")
    var strict = false

    @Option(
        name: .customLong("cloud-init"),
        help: ArgumentHelp(
            "The cloud-init release the configuration is for (default: \(CloudInitVersion.newest)).",
            valueName: "version"))
    var cloudInit: String?

    @Option(help: ArgumentHelp("Use this configuration file instead of finding .cloudcfg.yaml.", valueName: "file"))
    var config: String?

    @Option(help: "Colour text output: auto (on a terminal, unless NO_COLOR is set or TERM=dumb), always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .shortAndLong, help: "List on standard error every entry a directory walk skips, and why.")
    var verbose = false

    @Flag(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Report only errors and warnings: no findings of note severity, no summary, no progress, no notes "
                + "about skipped files."))
    var quiet = false

    func validate() throws {
        if let cloudInit, CloudInitVersion(cloudInit) == nil {
            throw ValidationError("'\(cloudInit)' is not a cloud-init release; write one such as 22.4.2 or 24.1")
        }
    }

    /// The target release from the command line, if given.
    var target: CloudInitVersion? { cloudInit.flatMap(CloudInitVersion.init) }
}
