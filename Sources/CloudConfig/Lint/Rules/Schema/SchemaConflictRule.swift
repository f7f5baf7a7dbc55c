/// Values that match several alternatives where exactly one must match, or a form that is
/// explicitly forbidden.
struct SchemaConflictRule: SchemaFindingRule {
    let definition = RuleDescription(
        id: .schemaConflict, family: .schema, defaultSeverity: .error,
        summary: "A value fits more than one exclusive form, or a forbidden combination",
        rationale: "Some keys allow one of several forms (a user is named by `name` or by `snapuser`, not "
            + "both), and some keys must not appear together (rh_subscription's old and new spellings).",
        triggeringExamples: [
            RuleExample(
                "users:\n  - 1️⃣name: ops\n    snapuser: ops@example.com\n",
                message: "a mapping fits 2 of the forms this key allows, but must fit exactly one")
        ],
        nonTriggeringExamples: ["users:\n  - name: ops\n"])

    func diagnostic(for finding: SchemaFinding, in document: YAMLDocument, _ context: LintContext) -> Diagnostic? {
        switch finding.kind {
        case .ambiguousAlternatives(let count):
            diagnostic(
                .ambiguousAlternatives(SchemaMessages.describe(finding.node, in: document), count: count),
                for: finding, in: document)
        case .forbidden:
            diagnostic(.forbiddenCombination, for: finding, in: document)
        default:
            nil
        }
    }
}

extension Diagnostic.Message {
    fileprivate static func ambiguousAlternatives(_ value: String, count: Int) -> Self {
        "\(value) fits \(count) of the forms this key allows, but must fit exactly one"
    }

    fileprivate static let forbiddenCombination: Self = "this combination is not allowed here"
}
