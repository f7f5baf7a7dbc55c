/// MIME parts nested deeper than cloudcfg reads.
struct MIMENestingTooDeepRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.mimeNestingTooDeep
    let definition = RuleDescription(
        id: .mimeNestingTooDeep, family: .envelope, defaultSeverity: .error,
        summary: "MIME parts nested deeper than cloudcfg reads",
        rationale: "Multipart messages nested more than 32 levels deep are read by cloudcfg as text from there on; no "
            + "user-data needs that depth.",
        examplesIncludeHeader: true)
}
