/// A template header naming another renderer.
struct JinjaTemplateTypeRule: JinjaFindingRule {
    let code = JinjaFinding.Code.templateType
    let definition = RuleDescription(
        id: .jinjaTemplateType, family: .jinja, defaultSeverity: .error,
        summary: "A template header naming another renderer",
        rationale: "cloud-init renders '## template: jinja' with Jinja and '## template: basic' with its own simple "
            + "substitution; any other name makes the part fail.",
        triggeringExamples: [
            RuleExample(
                "1️⃣## template: jinja2\n#cloud-config\nhostname: web\n",
                message: "cloud-init renders only 'jinja' and 'basic' templates",
                corrected: "## template: jinja\n#cloud-config\nhostname: web\n")
        ],
        nonTriggeringExamples: [
            "## template: jinja\n#cloud-config\nhostname: web\n"
        ],
        examplesIncludeHeader: true,
        fixSafety: .suggestion("the closest renderer name is a guess, and jinja and basic render differently"))
}
