/// Every rule cloudcfg has, in the order `cloudcfg rules` lists them.
public enum RuleRegistry {
    /// The rules that check linted inputs, in listing order.
    package static let lintRules: [any LintRule] = {
        // Every conversion to an existential array is an element-wise `map`, never `as [any ...]`:
        // an array cast checks each element's conformance at run time, and the first check of
        // each rule type scans every conformance record of the process, a start-up cost of
        // every run.
        var rules: [any LintRule] = ParseErrorRule.all.map { $0 }
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
        rules += WaagentRules.all.map { $0 as any LintRule }
        rules += [UnknownDatasourceRule(), DatasourceListBlockStyleRule()] as [any LintRule]
        rules.append(InvalidSuppressionRule())
        return rules
    }()

    /// Every rule, in listing order: those that check linted inputs, then those about how the
    /// run is set up (its configuration files, and inputs that are missing or cannot be read),
    /// then those of generation profiles (which ``ProfileReader`` applies).
    public static let all: [any Rule] = lintRules.map { $0 as any Rule } + otherRules

    /// The rules that check no linted input (every rule but ``lintRules``), in listing order: those
    /// of images, of how the run is set up, and of generation profiles.
    package static let otherRules: [any Rule] = {
        var rules: [any Rule] = imageRules.map { $0 as any Rule }
        rules += [InvalidConfigurationRule(), MissingInputRule(), UnreadableInputRule()] as [any Rule]
        rules += ProfileRules.all
        return rules
    }()

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
