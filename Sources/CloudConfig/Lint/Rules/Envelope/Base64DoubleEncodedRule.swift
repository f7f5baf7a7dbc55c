/// Base64 custom data that decodes to base64 again.
struct Base64DoubleEncodedRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.base64DoubleEncoded
    let definition = RuleDescription(
        id: .base64DoubleEncoded, family: .envelope, defaultSeverity: .error,
        summary: "Base64 custom data that decodes to base64 again",
        rationale:
            "Azure decodes custom data once before cloud-init reads it. Data encoded twice (a tool that encodes, "
            + "given a file that is already base64) reaches cloud-init as base64 text, which it does not recognise "
            + "and ignores.",
        triggeringExamples: [
            RuleExample(
                "1️⃣STJOc2IzVmtMV052Ym1acFp3cG9iM04wYm1GdFpUb2dkMlZpQ2c9PQ==\n", message: "decodes to base64 again")
        ],
        nonTriggeringExamples: [
            "I2Nsb3VkLWNvbmZpZwpob3N0bmFtZTogd2ViCg==\n"
        ],
        examplesIncludeHeader: true)
}
