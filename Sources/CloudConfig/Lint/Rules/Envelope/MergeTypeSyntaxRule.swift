/// Merge rules cloud-init cannot read.
struct MergeTypeSyntaxRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.mergeTypeSyntax
    let definition = RuleDescription(
        id: .mergeTypeSyntax, family: .envelope, defaultSeverity: .error,
        summary: "Merge rules cloud-init cannot read",
        rationale: "Merge rules are written name(option,...)+name(...). cloud-init cannot read anything else and then "
            + "does not merge the part at all.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\nMerge-Type: 1️⃣dict(replace\n\n#cloud-config\npackages: [curl]\n"),
                message: "cannot read these merge rules")
        ],
        nonTriggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\nMerge-Type: dict(replace)+list(append)+str()\n\n#cloud-config\npackages: [curl]\n"
                ))
        ],
        examplesIncludeHeader: true)
}
