/// Every rule cloudcfg has, in the order `cloudcfg rules` lists them.
public enum RuleRegistry {
    /// All rules.
    public static let all: [any LintRule] = {
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
        rules +=
            [
                RootNotMappingRule(), UnknownKeyRule(), TypeMismatchRule(), ValueNotAllowedRule(),
                MissingRequiredKeyRule(), PatternMismatchRule(), InvalidFormatRule(), OutOfRangeRule(),
                SchemaConflictRule(), DeprecatedKeyRule(), DeprecatedValueRule(), UnsupportedKeyRule(),
                RemovedKeyRule(),
            ] as [any LintRule]
        rules += SemanticRules.all
        rules +=
            [InvalidSuppressionRule(), InvalidConfigurationRule(), MissingInputRule(), UnreadableInputRule()]
            as [any LintRule]
        return rules
    }()

    /// The rule with an identifier or alias.
    ///
    /// - Parameter id: An identifier or alias.
    /// - Returns: The rule's description.
    public static func definition(for id: RuleID) -> RuleDescription? {
        all.first { $0.id == id || $0.definition.aliases.contains(id) }?.definition
    }
}
