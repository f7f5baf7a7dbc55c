import ArgumentParser
import CloudConfig

/// The `--format` values, one per reporter.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github

    /// The library's report format.
    var reportFormat: ReportFormat {
        switch self {
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
    @Option(name: .shortAndLong, help: "Output format: text, json, sarif or github.")
    var format: OutputFormat = .text

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

    @Option(
        name: .customLong("instance-data"),
        help: ArgumentHelp(
            "Render Jinja templates with this instance-data.json and lint what they render to.", valueName: "file"))
    var instanceData: String?

    @Option(
        help: ArgumentHelp(
            "Also validate cloud-config against this cloud-init schema file, as cloud-init's validator does "
                + "(rule json-schema).", valueName: "file"))
    var schema: String?

    @Option(
        help: ArgumentHelp(
            "Report user-data larger than the platform accepts: \(PlatformBudget.platforms.joined(separator: ", ")), "
                + "or a budget such as azure-user-data.", valueName: "name"))
    var platform: String?

    @Flag(help: "Run shellcheck (from the PATH) on scripts and on runcmd and bootcmd commands.")
    var shellcheck = false

    @Flag(
        help: ArgumentHelp(
            "The inputs are base64 the platform decodes (Azure custom data); otherwise base64 is decoded only "
                + "when it decodes to user-data."))
    var base64 = false

    func validate() throws {
        if let cloudInit, CloudInitVersion(cloudInit) == nil {
            throw ValidationError("'\(cloudInit)' is not a cloud-init release; write one such as 22.4.2 or 24.1")
        }
        if let platform, budgets(for: platform).isEmpty {
            let names = PlatformBudget.platforms + PlatformBudget.all.map(\.id)
            throw ValidationError(
                "'\(platform)' is not a platform cloudcfg knows; use one of \(names.joined(separator: ", "))")
        }
        if shellcheck, ProgramRunner.find("shellcheck") == nil {
            throw ValidationError("--shellcheck needs shellcheck on the PATH (apt-get install shellcheck)")
        }
    }

    /// The size limits of a platform: its first budget (Azure custom data for `azure`), or the
    /// budget with that identifier.
    func budgets(for name: String) -> [PlatformBudget] {
        let lowered = name.lowercased()
        if let budget = PlatformBudget.all.first(where: { $0.id == lowered }) { return [budget] }
        return PlatformBudget.budgets(for: lowered).prefix(1).map { $0 }
    }

    /// The target release from the command line, if given.
    var target: CloudInitVersion? { cloudInit.flatMap(CloudInitVersion.init) }
}
