/// Kinds of user-data cloudcfg does not check in depth.
struct NotLintedRule: LintRule {
    let definition = RuleDescription(
        id: .notLinted, family: .header, defaultSeverity: .note,
        summary: "cloudcfg does not check this kind of user-data in depth",
        rationale: "A #part-handler part is Python code that cloud-init loads to handle further parts; cloudcfg "
            + "recognises it but does not check Python. Every other kind of user-data (cloud-config, templates, "
            + "scripts, boothooks, includes, archives, JSON patches, MIME, gzip, base64) is checked.",
        triggeringExamples: [
            RuleExample(
                "1️⃣#part-handler\ndef list_types():\n    return []\n",
                message: "cloudcfg recognises part-handler user-data but does not check its content")
        ],
        nonTriggeringExamples: ["#!/bin/sh\necho hello\n"],
        examplesIncludeHeader: true)

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.userData.handling == .partHandler else { return [] }
        let start = SourceLocation(line: 1, column: 1, offset: 0)
        return [diagnostic(.notLinted("part-handler"), at: SourceRange(at: start))]
    }
}

extension Diagnostic.Message {
    fileprivate static func notLinted(_ kind: String) -> Self {
        "cloudcfg recognises \(kind) user-data but does not check its content (Python code)"
    }
}
