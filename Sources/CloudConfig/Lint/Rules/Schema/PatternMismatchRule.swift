/// Strings that do not have the required form.
struct PatternMismatchRule: LintRule {
    let definition = RuleDescription(
        id: "pattern-mismatch", family: .schema, defaultSeverity: .error,
        summary: "A string does not have the form cloud-init requires",
        rationale: "Some values must follow a pattern, such as a power-state delay (`+5`) or a swap size "
            + "(`2G`, `512M`); cloud-init rejects other text.",
        triggeringExamples: ["swap:\n  filename: /swap.img\n  size: 1️⃣2GiB\n"],
        nonTriggeringExamples: ["swap:\n  filename: /swap.img\n  size: 2G\n"])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return context.schemaFindings.compactMap { finding in
            guard case .patternMismatch(let pattern) = finding.kind else { return nil }
            return diagnostic(
                "\(SchemaMessages.describe(finding.node, in: document)) does not match the pattern \(pattern)",
                at: document[finding.node].range, keyPath: finding.path)
        }
    }
}
