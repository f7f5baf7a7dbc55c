/// A printed variable the instance data does not define.
struct JinjaUndefinedVariableRule: JinjaFindingRule {
    let code = JinjaFinding.Code.undefinedVariable
    let definition = RuleDescription(
        id: .jinjaUndefinedVariable, family: .jinja, defaultSeverity: .warning,
        summary: "A printed variable the instance data does not define",
        rationale: "cloud-init prints CI_MISSING_JINJA_VAR/<name> for a variable the instance data lacks and warns in "
            + "its log; the configuration gets that text instead of a value. Found when rendering with "
            + "--instance-data.",
        examplesIncludeHeader: true)
}
