/// A cloud-config whose top level is not a mapping.
struct RootNotMappingRule: LintRule {
    let definition = RuleDescription(
        id: "root-not-mapping", family: .schema, defaultSeverity: .error,
        summary: "The cloud-config is not a mapping of keys",
        rationale: "cloud-init needs a mapping at the top level; a list, a string or an empty document "
            + "is ignored (\"empty cloud config\" or \"not a YAML dict\").",
        triggeringExamples: ["1️⃣- packages: [nginx]\n"],
        nonTriggeringExamples: ["packages: [nginx]\n"],
        supersedes: ["type-mismatch"])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig, let stream = context.stream, !stream.hasErrors else { return [] }
        guard let document = context.document, let root = document.root else {
            let end = context.source.location(atOffset: context.source.bytes.count)
            return [
                Diagnostic(
                    definition.id, .warning, "the cloud-config is empty; cloud-init ignores it",
                    at: SourceRange(start: end, end: end))
            ]
        }
        let node = document[document.resolved(root)]
        switch node.kind {
        case .mapping:
            return []
        case .scalar where node.value == .null:
            return [
                Diagnostic(
                    definition.id, .warning, "the cloud-config is empty; cloud-init ignores it", at: node.range,
                    keyPath: "")
            ]
        default:
            return [
                diagnostic(
                    "the top level is \(SchemaMessages.describe(root, in: document)), but cloud-config must be a "
                        + "mapping of keys; cloud-init ignores this file", at: node.range, keyPath: .root)
            ]
        }
    }
}
