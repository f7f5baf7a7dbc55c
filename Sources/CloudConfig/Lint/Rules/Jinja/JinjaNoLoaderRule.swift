/// An include, import or extends in a template.
struct JinjaNoLoaderRule: JinjaFindingRule {
    let code = JinjaFinding.Code.noLoader
    let definition = RuleDescription(
        id: .jinjaNoLoader, family: .jinja, defaultSeverity: .error,
        summary: "An include, import or extends in a template",
        rationale: "cloud-init renders templates without a loader, so include, import, from and extends fail and the "
            + "part is dropped.",
        triggeringExamples: [
            "## template: jinja\n#cloud-config\n1️⃣{% include 'common.yaml' %}\n"
        ],
        nonTriggeringExamples: [
            "## template: jinja\n#cloud-config\nhostname: web\n"
        ],
        examplesIncludeHeader: true)
}
