/// Every rule cloudcfg has, in the order `cloudcfg rules` lists them.
public enum RuleRegistry {
    /// The rules that check linted inputs, in listing order.
    package static let lintRules: [any LintRule] = {
        var rules: [any LintRule] = ParseErrorRule.all
        rules +=
            [
                DuplicateKeyRule(), TabIndentationRule(), ByteOrderMarkRule(), CRLFLineEndingsRule(), TruthyRule(),
                SexagesimalRule(), ImplicitOctalRule(), NonStringKeyRule(),
            ] as [any LintRule]
        rules +=
            [
                MissingHeaderRule(), MalformedHeaderRule(), HeaderFormatRule(), UnrecognizedUserDataRule(),
                NotLintedRule(),
            ] as [any LintRule]
        rules += EnvelopeRules.all
        rules +=
            [
                RootNotMappingRule(), UnknownKeyRule(), TypeMismatchRule(), ValueNotAllowedRule(),
                MissingRequiredKeyRule(), PatternMismatchRule(), InvalidFormatRule(), OutOfRangeRule(),
                SchemaConflictRule(), DeprecatedKeyRule(), DeprecatedValueRule(), UnsupportedKeyRule(),
                RemovedKeyRule(), JSONSchemaRule(),
            ] as [any LintRule]
        rules += SemanticRules.all
        rules += JinjaRules.all
        rules += [ShebangCRLFRule(), ScriptInterpreterRule(), BoothookWithoutHeaderRule(), ShellCheckRule()]
        rules += WaagentRules.all as [any LintRule]
        rules += [UnknownDatasourceRule(), DatasourceListBlockStyleRule()] as [any LintRule]
        rules.append(InvalidSuppressionRule())
        return rules
    }()

    /// Every rule, in listing order: those that check linted inputs, then those about how the
    /// run is set up (its configuration files, and inputs that are missing or cannot be read),
    /// then those of generation profiles (which ``ProfileReader`` applies).
    public static let all: [any Rule] =
        lintRules + imageRules as [any Rule]
        + [InvalidConfigurationRule(), MissingInputRule(), UnreadableInputRule()] as [any Rule]
        + ProfileRules.all

    /// The rules that check the files of an image together (``Linter/lint(together:)``).
    package static let imageRules: [any ImageRule] = ImageRules.all

    /// The rule with an identifier or alias; for a ShellCheck code (`shellcheck/SC2086`), the
    /// `shellcheck` rule.
    ///
    /// - Parameter id: An identifier or alias.
    /// - Returns: The rule's description.
    public static func definition(for id: RuleID) -> RuleDescription? {
        all.first { $0.id == id || $0.definition.aliases.contains(id) }?.definition
            ?? id.parent.flatMap(definition(for:))
    }
}
