/// Problems with a suppression comment.
struct InvalidSuppressionRule: LintRule {
    let definition = RuleDescription(
        id: "invalid-suppression", family: .configuration, defaultSeverity: .warning,
        summary: "A suppression comment cloudcfg cannot apply",
        rationale: "A `# cloudcfg: disable-line` comment that names no rule or a misspelt one suppresses "
            + "nothing, so the finding it was meant to silence still shows.",
        triggeringExamples: ["hostname: web  1️⃣# cloudcfg: disable-line no-such-rule\n"],
        nonTriggeringExamples: ["packages: [a]\npackages: [b]  # cloudcfg: disable-line duplicate-key\n"])

    /// The linter reports these findings itself, from the comments.
    func check(_ context: LintContext) -> [Diagnostic] { [] }
}

/// Problems in a `.cloudcfg.yaml` file.
struct InvalidConfigurationRule: LintRule {
    let definition = RuleDescription(
        id: "invalid-configuration", family: .configuration, defaultSeverity: .error,
        summary: "A .cloudcfg.yaml setting cloudcfg cannot use",
        rationale: "An unknown key, rule or severity in the configuration file would otherwise be ignored "
            + "silently and the run would not be set up as intended.")

    /// Configuration files are checked when they are read, not as linted inputs.
    func check(_ context: LintContext) -> [Diagnostic] { [] }
}

/// An input named on the command line that does not exist.
struct MissingInputRule: LintRule {
    let definition = RuleDescription(
        id: "missing-input", family: .configuration, defaultSeverity: .error,
        summary: "A file or directory to lint does not exist",
        rationale: "A path given to `cloudcfg lint` that does not exist is checked by no rule; a CI job that "
            + "lints a renamed file must not pass. JSON, SARIF and GitHub output list it as a file with this "
            + "finding, and the run exits 66 whatever the configuration says.")

    /// The command line reports it when it collects the inputs.
    func check(_ context: LintContext) -> [Diagnostic] { [] }
}

/// An input that exists but cannot be read.
struct UnreadableInputRule: LintRule {
    let definition = RuleDescription(
        id: "unreadable-input", family: .configuration, defaultSeverity: .error,
        summary: "A file to lint cannot be read",
        rationale: "A file that cannot be opened or read (no permission, an I/O error) is checked by no rule. "
            + "JSON, SARIF and GitHub output list it as a file with this finding, and the run exits 66 "
            + "whatever the configuration says.")

    /// The command line reports it when it reads the inputs.
    func check(_ context: LintContext) -> [Diagnostic] { [] }
}
