/// A filter stock Jinja does not have.
struct JinjaUnknownFilterRule: JinjaFindingRule {
    let code = JinjaFinding.Code.unknownFilter
    let definition = RuleDescription(
        id: .jinjaUnknownFilter, family: .jinja, defaultSeverity: .error,
        summary: "A filter stock Jinja does not have",
        rationale: "Filters such as b64decode or to_yaml belong to Ansible, not to Jinja: cloud-init cannot compile a "
            + "template that uses one and drops the part.",
        triggeringExamples: [
            "## template: jinja\n#cloud-config\nhostname: {{ v1.local_hostname | 1️⃣to_nice_yaml }}\n"
        ],
        nonTriggeringExamples: [
            "## template: jinja\n#cloud-config\nhostname: {{ v1.local_hostname | lower }}\n"
        ],
        examplesIncludeHeader: true)
}
