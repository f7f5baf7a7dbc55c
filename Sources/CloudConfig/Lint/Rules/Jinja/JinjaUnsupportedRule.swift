/// Jinja that cloudcfg does not render.
struct JinjaUnsupportedRule: JinjaFindingRule {
    let code = JinjaFinding.Code.unsupported
    let definition = RuleDescription(
        id: .jinjaUnsupported, family: .jinja, defaultSeverity: .warning,
        summary: "Jinja that cloudcfg does not render",
        rationale: "cloudcfg renders the Jinja that cloud-init templates use (dotted and indexed access, the common "
            + "filters, if, for, set); for anything else it reports that it cannot render the template rather than "
            + "render it wrongly.",
        examplesIncludeHeader: true)
}
