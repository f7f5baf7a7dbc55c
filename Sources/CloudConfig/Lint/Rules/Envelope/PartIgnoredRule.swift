/// A part cloud-init receives but ignores.
struct PartIgnoredRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.partIgnored
    let definition = RuleDescription(
        id: .partIgnored, family: .envelope, defaultSeverity: .warning,
        summary: "A part cloud-init receives but ignores",
        rationale:
            "cloud-init passes a part to a handler by its type: text/plain without a known first line, message/* "
            + "containers and includes or archives inside an archive reach no handler and are ignored without an "
            + "error.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime("Content-Type: 1️⃣text/plain\n\nhostname: web\n"),
                message: "is text/plain and does not start with a header cloud-init knows")
        ],
        nonTriggeringExamples: [
            RuleExample(EnvelopeExample.mime("Content-Type: text/plain\n\n#cloud-config\nhostname: web\n"))
        ],
        examplesIncludeHeader: true)
}
