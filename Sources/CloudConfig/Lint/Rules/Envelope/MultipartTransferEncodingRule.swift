/// A multipart container with a transfer encoding.
struct MultipartTransferEncodingRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.multipartTransferEncoding
    let definition = RuleDescription(
        id: .multipartTransferEncoding, family: .envelope, defaultSeverity: .warning,
        summary: "A multipart container with a transfer encoding",
        rationale: "A multipart container must be 7bit, 8bit or binary: its parts carry their own transfer encodings, "
            + "and MIME readers do not decode the container.",
        triggeringExamples: [
            RuleExample(
                "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\nContent-Transfer-Encoding: 1️⃣base64\n\n--B\n"
                    + EnvelopeExample.cloudConfigPart + "--B--\n", message: "must be 7bit, 8bit or binary")
        ],
        nonTriggeringExamples: [
            RuleExample(EnvelopeExample.mime(EnvelopeExample.cloudConfigPart))
        ],
        examplesIncludeHeader: true)
}
