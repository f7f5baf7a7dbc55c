/// Values outside the allowed list.
struct ValueNotAllowedRule: LintRule {
    let definition = RuleDescription(
        id: "value-not-allowed", family: .schema, defaultSeverity: .error,
        summary: "A value is not one of those cloud-init accepts",
        rationale: "Keys such as `power_state.mode` or `write_files.encoding` take one of a fixed set of "
            + "values; anything else is rejected or ignored.",
        triggeringExamples: ["power_state:\n  mode: 1️⃣shutdown\n"],
        nonTriggeringExamples: ["power_state:\n  mode: poweroff\n"])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return context.schemaFindings.compactMap { finding in
            guard case .notAllowed(let allowed) = finding.kind else { return nil }
            let written = document[finding.node]
            var message =
                "\(SchemaMessages.describe(finding.node, in: document)) is not allowed here; expected "
                + (allowed.count == 1 ? allowed[0].description : "one of: \(SchemaMessages.list(allowed))")
            var fixIts: [FixIt] = []
            if case .string(let text) = document[document.resolved(finding.node)].value {
                let strings = allowed.compactMap { literal -> String? in
                    if case .string(let value) = literal { return value }
                    return nil
                }
                if let suggestion = Suggestion.closest(to: text, among: strings) {
                    message += "; did you mean \(SchemaLiteral.string(suggestion))?"
                    fixIts.append(
                        FixIt(
                            message: "use \(SchemaLiteral.string(suggestion))",
                            edits: [
                                TextEdit(
                                    range: written.range, replacement: SchemaLiteral.string(suggestion).description)
                            ]))
                }
            } else if let explanation = SchemaMessages.yaml11Explanation(finding.node, in: document) {
                message += " (\(explanation))"
            }
            return diagnostic(message, at: written.range, keyPath: finding.path, fixIts: fixIts)
        }
    }
}
