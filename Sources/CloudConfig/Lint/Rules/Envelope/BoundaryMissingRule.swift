/// A multipart type without a boundary parameter.
struct BoundaryMissingRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.boundaryMissing
    let definition = RuleDescription(
        id: .boundaryMissing, family: .envelope, defaultSeverity: .error,
        summary: "A multipart type without a boundary parameter",
        rationale:
            "Without boundary=... cloud-init cannot split a multipart message: it finds no parts and ignores all "
            + "of its content.",
        triggeringExamples: [
            RuleExample(
                "MIME-Version: 1.0\nContent-Type: 1️⃣multipart/mixed\n\n--B\n" + EnvelopeExample.cloudConfigPart
                    + "--B--\n", message: "has no boundary parameter")
        ],
        nonTriggeringExamples: [
            RuleExample(EnvelopeExample.mime(EnvelopeExample.cloudConfigPart))
        ],
        examplesIncludeHeader: true)
}
