/// MIME without MIME-Version in its first 4096 bytes.
struct MIMEVersionMissingRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.mimeVersionMissing
    let definition = RuleDescription(
        id: .mimeVersionMissing, family: .envelope, defaultSeverity: .error,
        summary: "MIME without MIME-Version in its first 4096 bytes",
        rationale: "cloud-init reads user-data as MIME only when 'MIME-Version:' occurs in its first 4096 bytes; "
            + "otherwise a multipart message is one plain text part, which it ignores.",
        triggeringExamples: [
            RuleExample(
                "1️⃣Content-Type: multipart/mixed; boundary=B\n\n--B\n" + EnvelopeExample.cloudConfigPart + "--B--\n",
                message: "has no 'MIME-Version:' header",
                corrected: "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\n\n--B\n"
                    + EnvelopeExample.cloudConfigPart + "--B--\n")
        ],
        nonTriggeringExamples: [
            RuleExample(EnvelopeExample.mime(EnvelopeExample.cloudConfigPart))
        ],
        examplesIncludeHeader: true,
        fixSafety: .safe(
            "the header only tells cloud-init what the Content-Type already says, that the user-data is MIME; no part "
                + "changes"))
}
