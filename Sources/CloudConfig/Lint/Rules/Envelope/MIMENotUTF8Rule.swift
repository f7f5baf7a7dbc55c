/// MIME user-data that is not UTF-8.
struct MIMENotUTF8Rule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.mimeNotUTF8
    let definition = RuleDescription(
        id: .mimeNotUTF8, family: .envelope, defaultSeverity: .error,
        summary: "MIME user-data that is not UTF-8",
        rationale: "cloud-init decodes MIME user-data as UTF-8 before parsing it; bytes that are not UTF-8 make it "
            + "reject all of the user-data.",
        examplesIncludeHeader: true)
}
