/// A base64 part body that is not valid base64.
struct InvalidBase64BodyRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.invalidBase64Body
    let definition = RuleDescription(
        id: .invalidBase64Body, family: .envelope, defaultSeverity: .warning,
        summary: "A base64 part body that is not valid base64",
        rationale:
            "cloud-init decodes a base64 part leniently: it adds missing padding and skips characters outside the "
            + "alphabet, which may not be what was encoded; a body of the wrong length does not decode at all and "
            + "is passed on as the encoded text.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\nContent-Transfer-Encoding: 1️⃣base64\n\nI2Nsb3VkLWNvbmZpZwpob3N0bmFtZTogd2ViCg\n"
                ), message: "lacks its '=' padding")
        ],
        nonTriggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\nContent-Transfer-Encoding: base64\n\nI2Nsb3VkLWNvbmZpZwpob3N0bmFtZTogd2ViCg==\n"
                ))
        ],
        examplesIncludeHeader: true)
}
