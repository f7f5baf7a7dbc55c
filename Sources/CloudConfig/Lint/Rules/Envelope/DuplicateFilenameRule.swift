/// Two script parts with the same file name.
struct DuplicateFilenameRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.duplicateFilename
    let definition = RuleDescription(
        id: .duplicateFilename, family: .envelope, defaultSeverity: .warning,
        summary: "Two script parts with the same file name",
        rationale:
            "cloud-init writes script parts into one directory under their file names: a later part with the same "
            + "name overwrites the earlier one, which never runs.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/x-shellscript\nContent-Disposition: attachment; filename=setup.sh\n\n#!/bin/sh\necho one\n",
                    "Content-Type: text/x-shellscript\nContent-Disposition: 1️⃣attachment; filename=setup.sh\n\n#!/bin/sh\necho two\n"
                ), message: "another script part is also named 'setup.sh'")
        ],
        nonTriggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/x-shellscript\nContent-Disposition: attachment; filename=one.sh\n\n#!/bin/sh\necho one\n",
                    "Content-Type: text/x-shellscript\nContent-Disposition: attachment; filename=two.sh\n\n#!/bin/sh\necho two\n"
                ))
        ],
        examplesIncludeHeader: true)
}
