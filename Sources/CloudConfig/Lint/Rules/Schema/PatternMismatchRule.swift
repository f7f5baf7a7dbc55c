/// Strings that do not have the required form.
struct PatternMismatchRule: LintRule {
    let definition = RuleDescription(
        id: "pattern-mismatch", family: .schema, defaultSeverity: .error,
        summary: "A string does not have the form cloud-init requires",
        rationale: "Some values must follow a pattern, such as a power-state delay (`+5` or `now`) or an SSH "
            + "key name (`rsa_private`); cloud-init rejects other text.",
        triggeringExamples: ["ssh_keys:\n  1️⃣rsa_secret: key\n"],
        nonTriggeringExamples: ["ssh_keys:\n  rsa_private: key\n"])

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
