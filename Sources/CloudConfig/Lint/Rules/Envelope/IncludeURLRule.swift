/// A URL cloud-init downloads at boot.
struct IncludeURLRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.includeURL
    let definition = RuleDescription(
        id: .includeURL, family: .envelope, defaultSeverity: .note,
        summary: "A URL cloud-init downloads at boot",
        rationale: "#include and #include-once parts list URLs that cloud-init downloads at boot and processes as "
            + "user-data. cloudcfg does not fetch them; if a download fails, cloud-init rejects all of the "
            + "user-data.",
        triggeringExamples: [
            RuleExample(
                "#include\n1️⃣https://example.com/base.yaml\n",
                message: "cloud-init downloads 'https://example.com/base.yaml' at boot")
        ],
        nonTriggeringExamples: [
            "#include\n# no URL yet\n"
        ],
        examplesIncludeHeader: true)
}
