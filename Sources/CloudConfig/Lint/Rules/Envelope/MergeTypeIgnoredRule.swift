/// A merge header cloud-init does not read.
struct MergeTypeIgnoredRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.mergeTypeIgnored
    let definition = RuleDescription(
        id: .mergeTypeIgnored, family: .envelope, defaultSeverity: .warning,
        summary: "A merge header cloud-init does not read",
        rationale:
            "cloud-init reads a part's merge rules from the header Merge-Type (else X-Merge-Type), looked up with "
            + "exactly that spelling, and only for cloud-config parts: merge-type in lower case, an X-Merge-Type "
            + "next to a Merge-Type, or a merge header on a script has no effect.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\n1️⃣merge-type: list(append)+dict(recurse_array)+str()\n\n#cloud-config\npackages: [curl]\n"
                ), message: "does not find 'merge-type'",
                corrected: EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\nMerge-Type: list(append)+dict(recurse_array)+str()\n\n#cloud-config\npackages: [curl]\n"
                ))
        ],
        nonTriggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\nMerge-Type: list(append)+dict(recurse_array)+str()\n\n#cloud-config\npackages: [curl]\n"
                ))
        ],
        examplesIncludeHeader: true,
        fixSafety: .safe(
            "the fix only writes the header's name in the spelling cloud-init looks up (merge-type → Merge-Type); the "
                + "merge rules are the ones written"))
}
