/// The MIME boundary occurs inside a part.
struct BoundaryInPartRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.boundaryInPart
    let definition = RuleDescription(
        id: .boundaryInPart, family: .envelope, defaultSeverity: .warning,
        summary: "The MIME boundary occurs inside a part",
        rationale: "cloud-init splits a multipart message only at whole delimiter lines, but other MIME readers (and "
            + "tools that repack user-data) may split a part where the boundary string occurs in it. A boundary "
            + "must occur in no part.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime("Content-Type: text/x-shellscript\n\n#!/bin/sh\necho 1️⃣--B marks the parts\n"),
                message: "occurs inside mime part-001")
        ],
        nonTriggeringExamples: [
            RuleExample(EnvelopeExample.mime(EnvelopeExample.scriptPart))
        ],
        examplesIncludeHeader: true)
}
