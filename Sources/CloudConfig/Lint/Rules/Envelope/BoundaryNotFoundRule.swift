/// No line is the declared boundary's delimiter.
struct BoundaryNotFoundRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.boundaryNotFound
    let definition = RuleDescription(
        id: .boundaryNotFound, family: .envelope, defaultSeverity: .error,
        summary: "No line is the declared boundary's delimiter",
        rationale: "A multipart message is split at lines reading --boundary. When no line does (the boundary was "
            + "changed in the header but not in the body, or the delimiter is indented), cloud-init finds no parts "
            + "and ignores all of the content.",
        triggeringExamples: [
            RuleExample(
                "MIME-Version: 1.0\nContent-Type: 1️⃣multipart/mixed; boundary=XYZ\n\n--B\n"
                    + EnvelopeExample.cloudConfigPart + "--B--\n", message: "no line is the delimiter '--XYZ'")
        ],
        nonTriggeringExamples: [
            RuleExample(EnvelopeExample.mime(EnvelopeExample.cloudConfigPart))
        ],
        examplesIncludeHeader: true)
}
