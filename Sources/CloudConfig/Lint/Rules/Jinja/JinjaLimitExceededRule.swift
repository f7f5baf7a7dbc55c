/// A template beyond cloudcfg's bounds.
struct JinjaLimitExceededRule: JinjaFindingRule {
    let code = JinjaFinding.Code.limitExceeded
    let definition = RuleDescription(
        id: .jinjaLimitExceeded, family: .jinja, defaultSeverity: .error,
        summary: "A template beyond cloudcfg's bounds",
        rationale:
            "cloudcfg stops parsing or rendering a template nested too deeply, looping too often or producing too "
            + "much output, rather than exhaust memory; no user-data needs that.",
        examplesIncludeHeader: true)
}
