/// A content type no cloud-init handler takes.
struct UnknownContentTypeRule: EnvelopeFindingRule {
    let code = EnvelopeFinding.Code.unknownContentType
    let definition = RuleDescription(
        id: .unknownContentType, family: .envelope, defaultSeverity: .error,
        summary: "A content type no cloud-init handler takes",
        rationale: "cloud-init trusts a declared type other than text/plain and text/x-shellscript. A misspelt one "
            + "(text/jinja for text/jinja2, text/cloud_config, text/yaml) has no handler, and cloud-init ignores "
            + "the part with only a log line.",
        triggeringExamples: [
            RuleExample(
                EnvelopeExample.mime("Content-Type: 1️⃣text/jinja\n\n## template: jinja\n#cloud-config\nhostname: web\n"),
                message: "did you mean 'text/jinja2'?",
                corrected: EnvelopeExample.mime(
                    "Content-Type: text/jinja2\n\n## template: jinja\n#cloud-config\nhostname: web\n"))
        ],
        nonTriggeringExamples: [
            RuleExample(
                EnvelopeExample.mime("Content-Type: text/jinja2\n\n## template: jinja\n#cloud-config\nhostname: web\n"))
        ],
        examplesIncludeHeader: true,
        fixSafety: .suggestion("the closest handled type is a guess, and the type decides which handler runs the part"))
}
