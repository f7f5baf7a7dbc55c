/// A multipart message not closed with its final delimiter.
struct BoundaryNotClosedRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.boundaryNotClosed
    let definition = RuleDescription(
        id: .boundaryNotClosed, family: .envelope, defaultSeverity: .warning,
        summary: "A multipart message not closed with its final delimiter",
        rationale: "cloud-init reads the parts of a multipart message without its closing --boundary-- line, but other "
            + "MIME readers may drop the last part.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    EnvelopeExample.cloudConfigPart, "Content-Type: text/x-shellscript\n\n#!/bin/sh\necho last\n",
                    closed: false
                ).replacing("--B\nContent-Type: text/x-shellscript", with: "1️⃣--B\nContent-Type: text/x-shellscript"),
                message: "is not closed with '--B--'",
                corrected: EnvelopeExample.mime(
                    EnvelopeExample.cloudConfigPart, "Content-Type: text/x-shellscript\n\n#!/bin/sh\necho last\n"))
        ],
        nonTriggeringExamples: [
            RuleExample(EnvelopeExample.mime(EnvelopeExample.cloudConfigPart))
        ],
        examplesIncludeHeader: true,
        fixSafety: .safe(
            "cloud-init reads the same parts with the closing delimiter; it only lets other MIME readers see the last "
                + "part too"))
}
