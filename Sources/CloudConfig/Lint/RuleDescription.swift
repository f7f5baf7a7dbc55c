/// What a rule is: its stable identifier, what it finds, why it matters, and examples.
///
/// Every rule builds its description when the rule is made, and every run makes every rule, but
/// a lint reads only the identifiers, severities and kinds: the rationale and the examples are
/// kept as the expressions that make them and made when read, and the kinds a rule checks
/// default to its family's shared set.
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
    public var rationale: String { makeRationale() }
    /// Inputs that must produce a finding at each marker.
    public var triggeringExamples: [RuleExample] { makeTriggeringExamples() }
    /// Inputs that must produce no finding.
    public var nonTriggeringExamples: [RuleExample] { makeNonTriggeringExamples() }
    /// Older identifiers that still select the rule in configuration and suppressions.
    public let aliases: [RuleID]
    /// Whether examples are linted as they are, rather than after a `#cloud-config` line.
    public let examplesIncludeHeader: Bool
    /// Rules whose findings at the same place this rule's findings replace, because this rule
    /// explains the same problem better.
    public let supersedes: [RuleID]
    /// The kinds of input the rule checks; the linter runs it on no other.
    public let inputKinds: Set<InputKind>
    /// What the examples are linted as, unless an example says otherwise (``RuleExample/kind``).
    public var exampleKind: InputKind {
        givenExampleKind ?? InputKind.allCases.first { inputKinds.contains($0) } ?? .userData
    }
    /// The distribution the examples are linted for (`--distro`), if the rule needs one.
    public let exampleDistro: String?
    /// Whether `cloudcfg lint --fix` applies the rule's fix-its, and why; `nil` for a rule that
    /// offers none.
    public let fixSafety: FixSafety?
    /// Makes ``rationale``.
    private let makeRationale: @Sendable () -> String
    /// Makes ``triggeringExamples``.
    private let makeTriggeringExamples: @Sendable () -> [RuleExample]
    /// Makes ``nonTriggeringExamples``.
    private let makeNonTriggeringExamples: @Sendable () -> [RuleExample]
    /// The `exampleKind` the rule gave, if any.
    private let givenExampleKind: InputKind?

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
    ///   - inputKinds: The kinds of input the rule checks; `nil` for its family's
    ///     (``RuleFamily/inputKinds``).
    ///   - exampleKind: What the examples are linted as; `nil` for user-data when the rule checks
    ///     it, otherwise the first kind it checks.
    ///   - exampleDistro: The distribution the examples are linted for, if the rule needs one.
    ///   - fixSafety: Whether `--fix` applies the rule's fix-its; `nil` when it offers none.
    public init(
        id: RuleID, family: RuleFamily, defaultSeverity: Severity, summary: String,
        rationale: @autoclosure @escaping @Sendable () -> String,
        triggeringExamples: @autoclosure @escaping @Sendable () -> [RuleExample] = [],
        nonTriggeringExamples: @autoclosure @escaping @Sendable () -> [RuleExample] = [],
        aliases: [RuleID] = [], examplesIncludeHeader: Bool = false, supersedes: [RuleID] = [],
        inputKinds: Set<InputKind>? = nil, exampleKind: InputKind? = nil, exampleDistro: String? = nil,
        fixSafety: FixSafety? = nil
    ) {
        self.id = id
        self.family = family
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        makeRationale = rationale
        makeTriggeringExamples = triggeringExamples
        makeNonTriggeringExamples = nonTriggeringExamples
        self.aliases = aliases
        self.examplesIncludeHeader = examplesIncludeHeader
        self.supersedes = supersedes
        self.inputKinds = inputKinds ?? family.inputKinds
        givenExampleKind = exampleKind
        self.exampleDistro = exampleDistro
        self.fixSafety = fixSafety
    }

    /// What an example is linted as: its own kind, or the rule's.
    ///
    /// - Parameter example: One of the rule's examples.
    /// - Returns: The kind.
    public func kind(of example: RuleExample) -> InputKind { example.kind ?? exampleKind }

    /// The settings an example is linted with: the rule's example distribution, if any, and the
    /// example's own cloud-init release, if it names one.
    ///
    /// - Parameter example: One of the rule's examples.
    /// - Returns: The configuration.
    public func configuration(for example: RuleExample) -> LintConfiguration {
        LintConfiguration().overriding(
            distro: exampleDistro.flatMap { DistroProfile.profile(id: $0) }, target: example.target)
    }

    /// The text an example is linted as: user-data examples get a `#cloud-config` first line
    /// unless they carry their own (``examplesIncludeHeader``); other kinds have no header.
    ///
    /// - Parameter example: One of the rule's examples.
    /// - Returns: The text, and how many lines were put in front of the example's own.
    public func lintedText(of example: RuleExample) -> (text: String, addedLines: Int) {
        guard kind(of: example) == .userData, !examplesIncludeHeader else { return (example.text, 0) }
        return ("#cloud-config\n" + example.text, 1)
    }
}
