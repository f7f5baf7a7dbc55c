/// Strings that do not have the required form.
struct PatternMismatchRule: SchemaFindingRule {
    let definition = RuleDescription(
        id: .patternMismatch, family: .schema, defaultSeverity: .error,
        summary: "A string does not have the form cloud-init requires",
        rationale: "Some values must follow a pattern, such as a power-state delay (`+5`) or a swap size "
            + "(`2G`, `512M`); cloud-init rejects other text.",
        triggeringExamples: [
            RuleExample(
                "swap:\n  filename: /swap.img\n  size: 1️⃣2GiB\n",
                message: "the string '2GiB' does not match the pattern")
        ],
        nonTriggeringExamples: ["swap:\n  filename: /swap.img\n  size: 2G\n"])

    func diagnostic(for finding: SchemaFinding, in document: YAMLDocument, _ context: LintContext) -> Diagnostic? {
        guard case .patternMismatch(let pattern) = finding.kind else { return nil }
        return diagnostic(
            .patternMismatch(SchemaMessages.describe(finding.node, in: document), pattern), for: finding, in: document)
    }
}

extension Diagnostic.Message {
    fileprivate static func patternMismatch(_ value: String, _ pattern: String) -> Self {
        "\(value) does not match the pattern \(pattern)"
    }
}
