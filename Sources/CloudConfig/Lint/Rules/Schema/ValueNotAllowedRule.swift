/// Values outside the allowed list.
struct ValueNotAllowedRule: SchemaFindingRule {
    let definition = RuleDescription(
        id: .valueNotAllowed, family: .schema, defaultSeverity: .error,
        summary: "A value is not one of those cloud-init accepts",
        rationale: "Keys such as `power_state.mode` or `write_files.encoding` take one of a fixed set of "
            + "values; anything else is rejected or ignored.",
        triggeringExamples: [
            RuleExample(
                "power_state:\n  mode: 1️⃣shutdown\n", message: "the string 'shutdown' is not allowed here; expected "),
            RuleExample(
                "power_state:\n  mode: 1️⃣reboo\n", message: "; did you mean reboot?",
                corrected: "power_state:\n  mode: reboot\n"),
        ],
        nonTriggeringExamples: ["power_state:\n  mode: poweroff\n"],
        fixSafety: .suggestion("the closest allowed value is a guess at what was meant"))

    func diagnostic(for finding: SchemaFinding, in document: YAMLDocument, _ context: LintContext) -> Diagnostic? {
        guard case .notAllowed(let allowed) = finding.kind else { return nil }
        let value = SchemaMessages.describe(finding.node, in: document)
        if case .string(let text) = document[document.resolved(finding.node)].value {
            let strings = allowed.compactMap { literal -> String? in
                if case .string(let value) = literal { return value }
                return nil
            }
            guard let suggestion = Suggestion.closest(to: text, among: strings) else {
                return diagnostic(.notAllowed(value, allowed), for: finding, in: document)
            }
            let literal = SchemaLiteral.string(suggestion)
            return diagnostic(
                .notAllowed(value, allowed, suggestion: literal), for: finding, in: document,
                fixIts: [
                    FixIt(
                        message: "use \(literal)",
                        edits: [TextEdit(range: document[finding.node].range, replacement: literal.description)])
                ])
        }
        if let explanation = SchemaMessages.yaml11Explanation(finding.node, in: document) {
            return diagnostic(.notAllowed(value, allowed, explanation: explanation), for: finding, in: document)
        }
        return diagnostic(.notAllowed(value, allowed), for: finding, in: document)
    }
}

extension Diagnostic.Message {
    fileprivate static func notAllowed(_ value: String, _ allowed: [SchemaLiteral]) -> Self {
        Self(
            "\(value) is not allowed here; expected "
                + (allowed.count == 1 ? allowed[0].description : "one of: \(SchemaMessages.list(allowed))"))
    }

    fileprivate static func notAllowed(_ value: String, _ allowed: [SchemaLiteral], suggestion: SchemaLiteral) -> Self {
        "\(notAllowed(value, allowed)); did you mean \(suggestion)?"
    }

    fileprivate static func notAllowed(_ value: String, _ allowed: [SchemaLiteral], explanation: String) -> Self {
        "\(notAllowed(value, allowed)) (\(explanation))"
    }
}
