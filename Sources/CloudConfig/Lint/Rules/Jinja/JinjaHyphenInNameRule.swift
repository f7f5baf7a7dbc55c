/// A hyphen in a dotted name.
struct JinjaHyphenInNameRule: JinjaFindingRule {
    let code = JinjaFinding.Code.hyphenInName
    let definition = RuleDescription(
        id: .jinjaHyphenInName, family: .jinja, defaultSeverity: .error,
        summary: "A hyphen in a dotted name",
        rationale: "Jinja reads v1.cloud-name as v1.cloud minus name: rendering fails and cloud-init drops the part. "
            + "cloud-init provides every hyphenated key with underscores as well (v1.cloud_name).",
        triggeringExamples: [
            RuleExample(
                "## template: jinja\n#cloud-config\nhostname: {{ 1️⃣v1.local-hostname }}\n",
                message: "Jinja reads 'v1.local-hostname' as a subtraction",
                corrected: "## template: jinja\n#cloud-config\nhostname: {{ v1.local_hostname }}\n")
        ],
        nonTriggeringExamples: [
            "## template: jinja\n#cloud-config\nhostname: {{ v1.local_hostname }}\n"
        ],
        examplesIncludeHeader: true,
        fixSafety: .safe(
            "cloud-init gives every hyphenated key the same value under its name with underscores, so the name "
                + "written with underscores is the value meant"))
}
