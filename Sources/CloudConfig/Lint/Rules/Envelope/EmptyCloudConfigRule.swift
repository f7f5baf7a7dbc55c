/// A cloud-config part that is empty or not a mapping, which cloud-init skips.
struct EmptyCloudConfigRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.emptyCloudConfig
    let definition = RuleDescription(
        id: .emptyCloudConfig, family: .envelope, defaultSeverity: .warning,
        summary: "A cloud-config part that is empty or not a mapping, which cloud-init skips",
        rationale:
            "cloud-init skips a cloud-config part whose YAML is not a mapping ('empty cloud config'). An archive "
            + "item without a type and without a header is cloud-config by default, so a plain string item is "
            + "skipped that way. (A part linted as cloud-config gets root-not-mapping instead, at its YAML.)",
        triggeringExamples: [
            RuleExample(
                "#cloud-config-archive\n- 1️⃣packages nginx\n",
                message: "archive item 1 is cloud-config but is empty or not a mapping")
        ],
        nonTriggeringExamples: [
            "#cloud-config-archive\n- |\n  #cloud-config\n  packages: [nginx]\n"
        ],
        examplesIncludeHeader: true)
}
