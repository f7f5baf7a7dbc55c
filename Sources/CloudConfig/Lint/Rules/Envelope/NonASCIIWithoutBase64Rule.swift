/// Non-ASCII text in a part that is not base64-encoded.
struct NonASCIIWithoutBase64Rule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.nonASCIIWithoutBase64
    let definition = RuleDescription(
        id: .nonASCIIWithoutBase64, family: .envelope, defaultSeverity: .error,
        summary: "Non-ASCII text in a part that is not base64-encoded",
        rationale: "cloud-init's email parser reads a 7bit or 8bit part as text and encodes it again with escapes: 'é' "
            + "becomes the byte 0xe9, '€' the six characters \\\\u20ac. Parts with non-ASCII text need "
            + "Content-Transfer-Encoding: base64, as cloud-init devel make-mime writes them; Terraform's "
            + "cloudinit_config writes every part as 7bit.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\nContent-Transfer-Encoding: 7bit\n\n#cloud-config\nfinal_message: caf1️⃣é\n"
                ), message: "has text that is not ASCII but is not base64-encoded",
                corrected: EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\nContent-Transfer-Encoding: base64\n\nI2Nsb3VkLWNvbmZpZwpmaW5hbF9tZXNzYWdlOiBjYWbDqQ==\n"
                ))
        ],
        nonTriggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\nContent-Transfer-Encoding: base64\n\nI2Nsb3VkLWNvbmZpZwpmaW5hbF9tZXNzYWdlOiBjYWbDqQo=\n"
                ))
        ],
        examplesIncludeHeader: true,
        fixSafety: .suggestion(
            "the part is rewritten in base64, which no one can read or review in the file any more, and which later "
                + "fixes cannot reach; whether to encode it or write ASCII is the writer's choice"))
}
