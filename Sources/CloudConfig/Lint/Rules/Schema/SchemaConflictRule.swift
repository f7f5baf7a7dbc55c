/// Values that match several alternatives where exactly one must match, or a form that is
/// explicitly forbidden.
struct SchemaConflictRule: LintRule {
    let definition = RuleDescription(
        id: "schema-conflict", family: .schema, defaultSeverity: .error,
        summary: "A value fits more than one exclusive form, or a forbidden combination",
        rationale: "Some keys allow one of several forms (a user is named by `name` or by `snapuser`, not "
            + "both), and some keys must not appear together (rh_subscription's old and new spellings).",
        triggeringExamples: ["users:\n  - 1️⃣name: ops\n    snapuser: ops@example.com\n"],
        nonTriggeringExamples: ["users:\n  - name: ops\n"])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return context.schemaFindings.compactMap { finding in
            let message: String
            switch finding.kind {
            case .ambiguousAlternatives(let count):
                message =
                    "\(SchemaMessages.describe(finding.node, in: document)) fits \(count) of the forms this key "
                    + "allows, but must fit exactly one"
            case .forbidden:
                message = "this combination is not allowed here"
            default:
                return nil
            }
            return diagnostic(message, at: document[finding.node].range, keyPath: finding.path)
        }
    }
}
