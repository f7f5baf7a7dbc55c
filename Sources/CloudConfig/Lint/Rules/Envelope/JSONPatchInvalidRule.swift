/// A `#cloud-config-jsonp` part that cloud-init cannot read as a JSON patch.
struct JSONPatchInvalidRule: LintRule {
    let definition = RuleDescription(
        id: .jsonPatchInvalid, family: .envelope, defaultSeverity: .error,
        summary: "A #cloud-config-jsonp part cloud-init cannot read as a JSON patch",
        rationale: "A #cloud-config-jsonp part is an RFC 6902 JSON patch: after the header, a JSON list of operations, "
            + "each with 'op' and 'path'. cloud-init applies it to the configuration composed so far; a patch that "
            + "is not JSON or not such a list is skipped with a warning in the log.",
        triggeringExamples: [
            RuleExample(
                "#cloud-config-jsonp\n1️⃣{\"op\": \"add\", \"path\": \"/packages/-\", \"value\": \"curl\"}\n",
                message: "a JSON patch is a list of operations"),
            "#cloud-config-jsonp\n1️⃣[{\"op\": \"add\", \"path\": \"/packages/-\", \"value\": \"curl\",}]\n",
        ],
        nonTriggeringExamples: [
            "#cloud-config-jsonp\n[{\"op\": \"add\", \"path\": \"/packages/-\", \"value\": \"curl\"}]\n"
        ],
        examplesIncludeHeader: true)

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.userData.handling == .jsonPatch, let problem = context.userData.jsonPatchProblem else {
            return []
        }
        // The patch is the text after the header line.
        let source = context.source
        let line = source.lineCount > 1 ? 2 : 1
        let start =
            line == 1 ? source.location(atOffset: source.contentEnd(ofLine: 1)) : source.location(line: 2, column: 1)
        let end = source.location(atOffset: source.bytes.count)
        return [diagnostic(.jsonPatchInvalid(problem), at: SourceRange(start: start, end: max(start, end)))]
    }
}

extension Diagnostic.Message {
    fileprivate static func jsonPatchInvalid(_ problem: String) -> Self {
        "cloud-init cannot read this JSON patch (\(problem)) and skips the part"
    }
}
