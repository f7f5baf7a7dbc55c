/// A MIME header block read otherwise than meant.
struct MIMEHeaderSyntaxRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.mimeHeaderSyntax
    let definition = RuleDescription(
        id: .mimeHeaderSyntax, family: .envelope, defaultSeverity: .warning,
        summary: "A MIME header block read otherwise than meant",
        rationale: "A part's headers end at its first blank line. Without that line, a YAML line that looks like a "
            + "header is read as one; a line that is no header is dropped; a byte order mark before the headers "
            + "hides them all.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\n1️⃣packages: [curl]\n\n#cloud-config\nhostname: web\n"),
                message: "'packages:' is read as a header field of mime part-001")
        ],
        nonTriggeringExamples: [
            RuleExample(EnvelopeExample.mime(EnvelopeExample.cloudConfigPart))
        ],
        examplesIncludeHeader: true)
}
