/// Mappings without a key they need.
struct MissingRequiredKeyRule: SchemaFindingRule {
    let definition = RuleDescription(
        id: .missingRequiredKey, family: .schema, defaultSeverity: .error,
        summary: "A mapping lacks a key it must have",
        rationale: "Without its required keys (a file's `path`, a power state's `mode`) a module cannot act "
            + "and fails or skips the entry.",
        triggeringExamples: [
            RuleExample("write_files:\n  - 1️⃣content: hello\n", message: "write_files.0 needs the key 'path'")
        ],
        nonTriggeringExamples: ["write_files:\n  - path: /etc/motd\n    content: hello\n"])

    func diagnostic(for finding: SchemaFinding, in document: YAMLDocument, _ context: LintContext) -> Diagnostic? {
        guard case .missingKey(let key) = finding.kind else { return nil }
        return diagnostic(.missingRequiredKey(key, in: finding.path), for: finding, in: document)
    }
}

extension Diagnostic.Message {
    fileprivate static func missingRequiredKey(_ key: String, in path: KeyPath) -> Self {
        "\(path.components.isEmpty ? "the cloud-config" : "\(path)") needs the key '\(key)'"
    }
}
