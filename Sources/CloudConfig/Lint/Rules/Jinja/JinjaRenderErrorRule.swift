/// A template that fails to render.
struct JinjaRenderErrorRule: JinjaFindingRule {
    let code = JinjaFinding.Code.renderError
    let definition = RuleDescription(
        id: .jinjaRenderError, family: .jinja, defaultSeverity: .error,
        summary: "A template that fails to render",
        rationale:
            "An undefined intermediate (v1.nope.name), a type error or a call that fails makes Jinja raise while "
            + "rendering; cloud-init then drops the part. Found when rendering with --instance-data.",
        examplesIncludeHeader: true)
}
