/// A variable name cloud-init's instance data does not have.
struct JinjaUnknownVariableRule: JinjaFindingRule {
    let code = JinjaFinding.Code.unknownVariable
    let definition = RuleDescription(
        id: .jinjaUnknownVariable, family: .jinja, defaultSeverity: .warning,
        summary: "A variable name cloud-init's instance data does not have",
        rationale:
            "Templates see the instance data cloud-init writes: v1 (standardized keys, also at the top level), ds "
            + "(the datasource's own data), merged_cfg, sys_info and a few more. A name outside them renders as "
            + "CI_MISSING_JINJA_VAR/<name>, and an attribute of one makes rendering fail.",
        triggeringExamples: [
            RuleExample(
                "## template: jinja\n#cloud-config\nhostname: {{ 1️⃣v1.hostname }}\n", message: "use 'v1.local_hostname'",
                corrected: "## template: jinja\n#cloud-config\nhostname: {{ v1.local_hostname }}\n")
        ],
        nonTriggeringExamples: [
            "## template: jinja\n#cloud-config\nhostname: {{ v1.local_hostname }}\n"
        ],
        examplesIncludeHeader: true,
        fixSafety: .suggestion("the closest instance-data name is a guess at the value meant"))
}
