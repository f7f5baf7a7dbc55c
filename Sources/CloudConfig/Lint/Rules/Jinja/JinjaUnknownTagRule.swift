/// A tag Jinja does not know.
struct JinjaUnknownTagRule: JinjaFindingRule {
    let code = JinjaFinding.Code.unknownTag
    let definition = RuleDescription(
        id: .jinjaUnknownTag, family: .jinja, defaultSeverity: .error,
        summary: "A tag Jinja does not know",
        rationale:
            "cloud-init's Jinja has the standard tags and the do extension; any other tag is a syntax error, and "
            + "cloud-init drops the part.",
        triggeringExamples: [
            "## template: jinja\n#cloud-config\n{% 1️⃣assign name = v1.local_hostname %}\nhostname: web\n"
        ],
        nonTriggeringExamples: [
            "## template: jinja\n#cloud-config\n{% set name = v1.local_hostname %}\nhostname: {{ name }}\n"
        ],
        examplesIncludeHeader: true)
}
