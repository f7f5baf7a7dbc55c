/// A part's declared type and its first line disagree.
struct ContentTypeMismatchRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.contentTypeMismatch
    let definition = RuleDescription(
        id: .contentTypeMismatch, family: .envelope, defaultSeverity: .warning,
        summary: "A part's declared type and its first line disagree",
        rationale:
            "cloud-init reads the first line of a part only when it is declared text/plain or text/x-shellscript; "
            + "any other declared type is trusted. A script declared text/cloud-config is read as YAML, and a part "
            + "declared text/x-shellscript without #! is run as a program and fails.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime("Content-Type: 1️⃣text/cloud-config\n\n#!/bin/sh\necho ready\n"),
                message: "is declared 'text/cloud-config' but starts like 'text/x-shellscript'"),
            RuleExample(EnvelopeExample.mime("Content-Type: 1️⃣text/x-shellscript\n\necho no interpreter line\n")),
        ],
        nonTriggeringExamples: [
            RuleExample(EnvelopeExample.mime(EnvelopeExample.scriptPart))
        ],
        examplesIncludeHeader: true)
}
