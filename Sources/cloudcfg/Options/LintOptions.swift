import ArgumentParser
import CloudConfig
import SystemPackage

/// The `--format` values, one per reporter.
enum OutputFormat: String, ArgumentChoice {
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
enum ColorChoice: String, ArgumentChoice {
    case auto, always, never
}

/// The `--kind` values, one per ``InputKind``.
enum KindChoice: String, ArgumentChoice {
    case userData = "user-data"
    case waagent
    case systemConfig = "system-config"
    case profile

    /// The library's kind.
    var inputKind: InputKind {
        switch self {
        case .userData: .userData
        case .waagent: .waagent
        case .systemConfig: .systemConfig
        case .profile: .profile
        }
    }
}

/// Options that shape a lint run.
struct LintOptions: ParsableArguments {
    // The help texts that interpolate values are built once: the parser creates the options
    // several times per run, and each creation would format them again.
    private static let cloudInitHelp = ArgumentHelp(
        "The cloud-init release the configuration is for (default: \(CloudInitVersion.newest)).",
        valueName: "version")
    private static let agentVersionHelp = ArgumentHelp(
        "The Azure Linux Agent version waagent.conf is read for (default: \(AgentVersion.newest), or the version "
            + "the --distro ships; Debian 12 ships \(AgentVersion.debian12)).",
        valueName: "version")
    private static let platformHelp = ArgumentHelp(
        "Report user-data larger than the platform accepts: \(PlatformBudget.platforms.joined(separator: ", ")), "
            + "or a budget such as azure-user-data.", valueName: "name")

    @Option(
        name: [.customShort("f"), .customLong("format")],
        help: ArgumentHelp(
            "Output format: pretty (annotated source; the default when standard output is a terminal), text "
                + "(the default otherwise), json, sarif, github or lsp.", valueName: "format"))
    var requestedFormat: OutputFormat?

    @Flag(help: "Fail (exit 1) on warnings as well as errors.")
    var strict = false

    @Option(
        name: .customLong("cloud-init"),
        help: cloudInitHelp)
    var cloudInit: String?

    @Option(
        name: .customLong("agent-version"),
        help: agentVersionHelp)
    var agentVersion: String?

    @Option(
        help: ArgumentHelp(
            "The distribution the image is built from (cloudcfg distros lists them): waagent.conf is compared with "
                + "its shipped file, and user-data is linted for the cloud-init release it ships unless --cloud-init "
                + "is given.",
            valueName: "id"))
    var distro: String?

    @Option(
        help: ArgumentHelp(
            "Lint every input as this kind instead of guessing it from its name and content: user-data, waagent or "
                + "system-config.",
            valueName: "kind"))
    var kind: KindChoice?

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

    @Option(help: platformHelp)
    var platform: String?

    @Flag(help: "Run shellcheck (from the PATH) on scripts and on runcmd and bootcmd commands.")
    var shellcheck = false

    @Flag(
        help: ArgumentHelp(
            "The inputs are base64 the platform decodes (Azure custom data); otherwise base64 is decoded only "
                + "when it decodes to user-data."))
    var base64 = false

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
        if let platform, LintOptionValues.budgets(for: platform).isEmpty {
            let names = PlatformBudget.platforms + PlatformBudget.all.map(\.id)
            throw ValidationError(
                "'\(platform)' is not a platform cloudcfg knows; use one of \(names.joined(separator: ", "))")
        }
        if shellcheck, ProgramRunner.find("shellcheck") == nil {
            throw ValidationError("--shellcheck needs shellcheck on the PATH (apt-get install shellcheck)")
        }
        try TargetOptions.validate(agentVersion: agentVersion, distro: distro)
    }

    /// The values parsed, for the run.
    var values: LintOptionValues {
        LintOptionValues(
            requestedFormat: requestedFormat, strict: strict, cloudInit: cloudInit, agentVersion: agentVersion,
            distro: distro, kind: kind, config: config, color: color, verbose: verbose, instanceData: instanceData,
            schema: schema, platform: platform, shellcheck: shellcheck, base64: base64, quiet: quiet)
    }
}

/// What the command line says about the targets of a run: the cloud-init release, the agent
/// version and the distribution, each when given. They win over `.cloudcfg.yaml`.
struct TargetOptions {
    var target: CloudInitVersion?
    var agentVersion: AgentVersion?
    var distro: DistroProfile?

    /// Checks `--agent-version` and `--distro`.
    static func validate(agentVersion: String?, distro: String?) throws {
        if let agentVersion, AgentVersion(agentVersion) == nil {
            throw ValidationError(
                "'\(agentVersion)' is not an Azure Linux Agent version; write one such as 2.15 or 2.7.3")
        }
        if let distro, DistroProfile.profile(id: distro) == nil {
            var message = "'\(distro)' is not a distribution cloudcfg knows"
            if let suggestion = Suggestion.closest(to: distro, among: DistroProfile.all.map(\.id)) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                message += "; cloudcfg distros lists them"
            }
            throw ValidationError(message)
        }
    }

    /// A configuration with these settings applied.
    func applied(to configuration: LintConfiguration) -> LintConfiguration {
        configuration.overriding(distro: distro, target: target, agentVersion: agentVersion)
    }
}
