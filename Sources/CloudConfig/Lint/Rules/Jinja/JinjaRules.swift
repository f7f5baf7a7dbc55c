/// The rules of the Jinja family, one per Jinja finding code, in the order `cloudcfg rules` lists
/// them.
enum JinjaRules {
    /// The rules.
    static let all: [any LintRule] = [
        JinjaSyntaxErrorRule(), JinjaUnclosedBlockRule(), JinjaUnknownTagRule(), JinjaUnknownFilterRule(),
        JinjaUnknownTestRule(), JinjaNoLoaderRule(), JinjaTemplateTypeRule(), JinjaUnsupportedRule(),
        JinjaUndefinedVariableRule(), JinjaRenderErrorRule(), JinjaUnknownVariableRule(), JinjaHyphenInNameRule(),
        JinjaLimitExceededRule(),
    ]
}
