/// A Jinja template that does not parse.
struct JinjaSyntaxErrorRule: JinjaFindingRule {
    let code = JinjaFinding.Code.syntaxError
    let definition = RuleDescription(
        id: .jinjaSyntaxError, family: .jinja, defaultSeverity: .error,
        summary: "A Jinja template that does not parse",
        rationale: "cloud-init renders a template with Jinja before reading it; when Jinja cannot parse it, cloud-init "
            + "logs the error and drops the whole part, so none of its configuration applies.",
        triggeringExamples: [
            "## template: jinja\n#cloud-config\nhostname: {{ v1.local_hostname 1️⃣}\n"
        ],
        nonTriggeringExamples: [
            "## template: jinja\n#cloud-config\nhostname: {{ v1.local_hostname }}\n"
        ],
        examplesIncludeHeader: true)
}
