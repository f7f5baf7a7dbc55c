/// Problems with a suppression comment.
struct InvalidSuppressionRule: LintRule {
    let definition = RuleDescription(
        id: .invalidSuppression, family: .configuration, defaultSeverity: .warning,
        summary: "A suppression comment cloudcfg cannot apply",
        rationale: "A `# cloudcfg: disable-line` comment that names no rule or a misspelt one suppresses "
            + "nothing, so the finding it was meant to silence still shows.",
        triggeringExamples: [
            RuleExample(
                "hostname: web  1️⃣# cloudcfg: disable-line no-such-rule\n",
                message: "'no-such-rule' is not a cloudcfg rule"),
            RuleExample(
                "hostname: web  1️⃣# cloudcfg: disable-line duplicate-kye\n",
                message: "'duplicate-kye' is not a cloudcfg rule; did you mean 'duplicate-key'?"),
            RuleExample(
                "hostname: web  1️⃣# cloudcfg: disable-lines unknown-key\n", message: "unknown suppression; write"),
            RuleExample("hostname: web  1️⃣# cloudcfg: disable-line\n", message: "the suppression names no rule"),
            RuleExample(
                "1️⃣# cloudcfg: disable-line waagent-switch-value\nOS.EnableRDMA=yes\n",
                message: "in waagent.conf only 'cloudcfg: disable-next-line RULE' works", kind: .waagent),
        ],
        nonTriggeringExamples: ["packages: [a]\npackages: [b]  # cloudcfg: disable-line duplicate-key\n"])

    /// The comments of the input that suppress nothing, as the linter read them.
    func check(_ context: LintContext) -> [Diagnostic] {
        guard let suppressions = context.suppressions else { return [] }
        return suppressions.problems.map { problem in
            switch problem.kind {
            case .unknownDirective: diagnostic(.unknownDirective, at: problem.range)
            case .noRule: diagnostic(.noRule, at: problem.range)
            case .unknownRule(let name, let suggestion):
                diagnostic(.unknownRule(name, suggestion: suggestion), at: problem.range)
            case .sameLineNotSupported: diagnostic(.sameLineNotSupported, at: problem.range)
            }
        }
    }
}

extension Diagnostic.Message {
    fileprivate static let unknownDirective: Self =
        "unknown suppression; write 'cloudcfg: disable-line RULE' or 'cloudcfg: disable-next-line RULE'"

    fileprivate static let sameLineNotSupported = Self(
        "in waagent.conf only 'cloudcfg: disable-next-line RULE' works, on a comment line of its own: the agent "
            + "cuts a '#' after a value from it, so a comment cannot share a line with a setting")

    fileprivate static let noRule: Self = "the suppression names no rule; list rule identifiers or write 'all'"

    fileprivate static func unknownRule(_ name: String, suggestion: String?) -> Self {
        Self(
            "'\(name)' is not a cloudcfg rule; "
                + (suggestion.map { "did you mean '\($0)'?" } ?? "`cloudcfg rules` lists them"))
    }
}
