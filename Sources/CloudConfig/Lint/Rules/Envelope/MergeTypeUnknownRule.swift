/// A merger or merge option cloud-init does not know.
struct MergeTypeUnknownRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.mergeTypeUnknown
    let definition = RuleDescription(
        id: .mergeTypeUnknown, family: .envelope, defaultSeverity: .error,
        summary: "A merger or merge option cloud-init does not know",
        rationale: "The mergers are dict, list and str. An unknown merger makes cloud-init skip the part; an unknown "
            + "option is ignored, so the part merges otherwise than intended.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\nMerge-Type: 1️⃣dict(replace)+lists()\n\n#cloud-config\npackages: [curl]\n"
                ), message: "no merger named 'lists'"),
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\nMerge-Type: 1️⃣list(appendd)+dict(no_replace)+str()\n\n#cloud-config\npackages: [curl]\n"
                )),
        ],
        nonTriggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\nMerge-Type: list(append)+dict(no_replace,recurse_list)+str()\n\n#cloud-config\npackages: [curl]\n"
                ))
        ],
        examplesIncludeHeader: true)
}
