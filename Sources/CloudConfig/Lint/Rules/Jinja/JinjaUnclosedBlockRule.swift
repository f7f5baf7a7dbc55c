/// A Jinja block that is not closed.
struct JinjaUnclosedBlockRule: JinjaFindingRule {
    let code = JinjaFinding.Code.unclosedBlock
    let definition = RuleDescription(
        id: .jinjaUnclosedBlock, family: .jinja, defaultSeverity: .error,
        summary: "A Jinja block that is not closed",
        rationale: "An if, for or other block needs its end tag; without it Jinja fails to parse the template and "
            + "cloud-init drops the part.",
        triggeringExamples: [
            "## template: jinja\n#cloud-config\n1️⃣{% if v1.cloud_name == 'azure' %}\nhostname: azure-vm\n"
        ],
        nonTriggeringExamples: [
            "## template: jinja\n#cloud-config\n{% if v1.cloud_name == 'azure' %}\nhostname: azure-vm\n{% endif %}\n"
        ],
        examplesIncludeHeader: true)
}
