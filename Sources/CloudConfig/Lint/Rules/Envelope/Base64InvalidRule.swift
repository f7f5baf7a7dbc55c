/// User-data declared base64 for the platform that does not decode.
struct Base64InvalidRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.base64Invalid
    let definition = RuleDescription(
        id: .base64Invalid, family: .envelope, defaultSeverity: .error,
        summary: "User-data declared base64 for the platform that does not decode",
        rationale: "Azure base64-decodes custom data before cloud-init sees it; data declared as base64 that does not "
            + "decode never reaches cloud-init.",
        examplesIncludeHeader: true)
}
