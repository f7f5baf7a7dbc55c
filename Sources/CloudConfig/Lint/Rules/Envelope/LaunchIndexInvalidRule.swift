/// A Launch-Index that is not an integer.
struct LaunchIndexInvalidRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.launchIndexInvalid
    let definition = RuleDescription(
        id: .launchIndexInvalid, family: .envelope, defaultSeverity: .warning,
        summary: "A Launch-Index that is not an integer",
        rationale:
            "A Launch-Index header (or launch-index key) gives a part to one instance of a multi-instance launch. "
            + "A value that is not an integer is ignored, and the part goes to every instance.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\nLaunch-Index: 1️⃣first\n\n#cloud-config\nhostname: web\n"),
                message: "the launch index 'first' is not an integer")
        ],
        nonTriggeringExamples: [
            RuleExample(
                EnvelopeExample.mime(
                    "Content-Type: text/cloud-config\nLaunch-Index: 0\n\n#cloud-config\nhostname: web\n"))
        ],
        examplesIncludeHeader: true)
}
