/// Kinds of user-data cloudcfg does not check in depth yet.
struct NotLintedRule: LintRule {
    let definition = RuleDescription(
        id: .notLinted, family: .header, defaultSeverity: .note,
        summary: "cloudcfg does not check this kind of user-data in depth",
        rationale: "Jinja templates, MIME multipart messages, gzip data, cloud-config archives and JSON "
            + "patches are recognised but not yet checked part by part; the note says so rather than "
            + "passing them silently.",
        triggeringExamples: [
            RuleExample(
                "1️⃣## template: jinja\n#cloud-config\nhostname: {{ v1.local_hostname }}\n",
                message: "cloudcfg recognises Jinja template user-data but does not check its content yet")
        ],
        nonTriggeringExamples: ["#!/bin/sh\necho hello\n"],
        examplesIncludeHeader: true)

    func check(_ context: LintContext) -> [Diagnostic] {
        let name: String
        switch context.kind {
        case .jinja: name = "Jinja template"
        case .mime: name = "MIME multipart"
        case .gzip: name = "gzip-compressed"
        case .cloudConfigArchive: name = "cloud-config archive"
        case .cloudConfigJSONPatch: name = "cloud-config JSON patch"
        default: return []
        }
        let start = SourceLocation(line: 1, column: 1, offset: 0)
        return [
            diagnostic(.notLinted(name), at: SourceRange(at: start))
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static func notLinted(_ kind: String) -> Self {
        "cloudcfg recognises \(kind) user-data but does not check its content yet"
    }
}
