/// What a rule is: its stable identifier, what it finds, why it matters, and examples.
public struct RuleDescription: Sendable {
    /// The stable kebab-case identifier.
    public let id: RuleID
    /// The family the rule belongs to.
    public let family: RuleFamily
    /// The severity of its findings unless configured otherwise.
    public let defaultSeverity: Severity
    /// One line: what the rule finds.
    public let summary: String
    /// Why it matters: what cloud-init does with such input.
    public let rationale: String
    /// Inputs that must produce a finding at each marker.
    public let triggeringExamples: [RuleExample]
    /// Inputs that must produce no finding.
    public let nonTriggeringExamples: [RuleExample]
    /// Older identifiers that still select the rule in configuration and suppressions.
    public let aliases: [RuleID]
    /// Whether examples are linted as they are, rather than after a `#cloud-config` line.
    public let examplesIncludeHeader: Bool
    /// Rules whose findings at the same place this rule's findings replace, because this rule
    /// explains the same problem better.
    public let supersedes: [RuleID]

    /// Creates a description.
    ///
    /// - Parameters:
    ///   - id: The stable identifier.
    ///   - family: The family.
    ///   - defaultSeverity: The default severity.
    ///   - summary: What the rule finds.
    ///   - rationale: Why it matters.
    ///   - triggeringExamples: Inputs with a finding at each marker.
    ///   - nonTriggeringExamples: Inputs without findings.
    ///   - aliases: Older identifiers.
    ///   - examplesIncludeHeader: Whether examples carry their own first line.
    ///   - supersedes: Rules whose findings at the same place this rule's findings replace.
    public init(
        id: RuleID, family: RuleFamily, defaultSeverity: Severity, summary: String, rationale: String,
        triggeringExamples: [RuleExample] = [], nonTriggeringExamples: [RuleExample] = [],
        aliases: [RuleID] = [], examplesIncludeHeader: Bool = false, supersedes: [RuleID] = []
    ) {
        self.id = id
        self.family = family
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.rationale = rationale
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
        self.aliases = aliases
        self.examplesIncludeHeader = examplesIncludeHeader
        self.supersedes = supersedes
    }
}
