/// A test stock Jinja does not have.
struct JinjaUnknownTestRule: JinjaFindingRule {
    let code = JinjaFinding.Code.unknownTest
    let definition = RuleDescription(
        id: .jinjaUnknownTest, family: .jinja, defaultSeverity: .error,
        summary: "A test stock Jinja does not have",
        rationale:
            "Tests such as 'is match' belong to Ansible, not to Jinja: cloud-init cannot compile a template that "
            + "uses one and drops the part.",
        triggeringExamples: [
            "## template: jinja\n#cloud-config\n{% if v1.region is 1️⃣match('east') %}\ntimezone: US/Eastern\n{% endif %}\n"
        ],
        nonTriggeringExamples: [
            "## template: jinja\n#cloud-config\n{% if v1.region is string %}\ntimezone: UTC\n{% endif %}\n"
        ],
        examplesIncludeHeader: true)
}
