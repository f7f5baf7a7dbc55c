/// A transfer encoding cloud-init does not decode.
struct UnknownTransferEncodingRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.unknownTransferEncoding
    let definition = RuleDescription(
        id: .unknownTransferEncoding, family: .envelope, defaultSeverity: .warning,
        summary: "A transfer encoding cloud-init does not decode",
        rationale:
            "cloud-init decodes base64 and quoted-printable parts (and uuencoded ones, which cloudcfg does not); "
            + "it compares the encoding exactly, so 'base64 ' with a blank or an unknown name leaves the part "
            + "encoded.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\nContent-Transfer-Encoding: 1️⃣x-unknown\n\n#cloud-config\nhostname: web\n"
                ), message: "does not know the transfer encoding 'x-unknown'")
        ],
        nonTriggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\nContent-Transfer-Encoding: 7bit\n\n#cloud-config\nhostname: web\n"
                ))
        ],
        examplesIncludeHeader: true)
}
