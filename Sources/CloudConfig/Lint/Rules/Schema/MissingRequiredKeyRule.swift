/// Mappings without a key they need.
struct MissingRequiredKeyRule: LintRule {
    let definition = RuleDescription(
        id: "missing-required-key", family: .schema, defaultSeverity: .error,
        summary: "A mapping lacks a key it must have",
        rationale: "Without its required keys (a file's `path`, a power state's `mode`) a module cannot act "
            + "and fails or skips the entry.",
        triggeringExamples: ["write_files:\n  - 1️⃣content: hello\n"],
        nonTriggeringExamples: ["write_files:\n  - path: /etc/motd\n    content: hello\n"])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return context.schemaFindings.compactMap { finding in
            guard case .missingKey(let key) = finding.kind else { return nil }
            let place = finding.path.components.isEmpty ? "the cloud-config" : "\(finding.path)"
            return diagnostic(
                "\(place) needs the key '\(key)'", at: document[finding.node].range, keyPath: finding.path)
        }
    }
}
