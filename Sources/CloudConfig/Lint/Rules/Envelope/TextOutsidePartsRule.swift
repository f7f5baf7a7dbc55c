/// Text before the first or after the last MIME delimiter.
struct TextOutsidePartsRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.textOutsideParts
    let definition = RuleDescription(
        id: .textOutsideParts, family: .envelope, defaultSeverity: .warning,
        summary: "Text before the first or after the last MIME delimiter",
        rationale: "Text between a multipart message's headers and its first delimiter, or after the closing one, "
            + "belongs to no part: cloud-init ignores it, often a part pasted in the wrong place.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(EnvelopeExample.cloudConfigPart, preamble: "1️⃣#cloud-config\npackages: [curl]\n"),
                message: "comes before the first delimiter")
        ],
        nonTriggeringExamples: [
            RuleExample(EnvelopeExample.mime(EnvelopeExample.cloudConfigPart))
        ],
        examplesIncludeHeader: true)
}
