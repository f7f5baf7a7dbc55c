/// A charset cloud-init does not apply.
struct CharsetIgnoredRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.charsetIgnored
    let definition = RuleDescription(
        id: .charsetIgnored, family: .envelope, defaultSeverity: .warning,
        summary: "A charset cloud-init does not apply",
        rationale: "cloud-init reads the text of every part as UTF-8, whatever charset the Content-Type declares: text "
            + "in another charset is misread.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: 1️⃣text/cloud-config; charset=\"iso-8859-1\"\nContent-Transfer-Encoding: base64\n\nI2Nsb3VkLWNvbmZpZwpmaW5hbF9tZXNzYWdlOiBjYWbDqQo=\n"
                ), message: "ignores the charset 'iso-8859-1'")
        ],
        nonTriggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\nI2Nsb3VkLWNvbmZpZwpmaW5hbF9tZXNzYWdlOiBjYWbDqQo=\n"
                ))
        ],
        examplesIncludeHeader: true)
}
