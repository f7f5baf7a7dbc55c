/// A cloud-config whose top level is not a mapping.
struct RootNotMappingRule: LintRule {
    let definition = RuleDescription(
        id: .rootNotMapping, family: .schema, defaultSeverity: .error,
        summary: "The cloud-config is not a mapping of keys",
        rationale: "cloud-init needs a mapping at the top level; a list, a string or an empty document "
            + "is ignored (\"empty cloud config\" or \"not a YAML dict\").",
        triggeringExamples: [
            RuleExample(
                "1️⃣- packages: [nginx]\n",
                message: "the top level is a list, but cloud-config must be a mapping of keys")
        ],
        nonTriggeringExamples: ["packages: [nginx]\n"],
        supersedes: [.typeMismatch])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig, let stream = context.stream, !stream.hasErrors else { return [] }
        // An empty file of system configuration adds nothing, and that is all.
        let emptyIsFine = context.inputKind == .systemConfig
        guard let document = context.document, let root = document.root else {
            if emptyIsFine { return [] }
            let end = context.source.location(atOffset: context.source.bytes.count)
            return [diagnostic(.emptyCloudConfig, at: SourceRange(start: end, end: end), severity: .warning)]
        }
        let node = document[document.resolved(root)]
        switch node.kind {
        case .mapping:
            return []
        case .scalar where node.value == .null:
            if emptyIsFine { return [] }
            return [diagnostic(.emptyCloudConfig, at: node.range, keyPath: .root, severity: .warning)]
        default:
            return [
                diagnostic(
                    .rootNotMapping(SchemaMessages.describe(root, in: document)), at: node.range, keyPath: .root)
            ]
        }
    }
}

extension Diagnostic.Message {
    fileprivate static let emptyCloudConfig: Self = "the cloud-config is empty; cloud-init ignores it"

    fileprivate static func rootNotMapping(_ value: String) -> Self {
        "the top level is \(value), but cloud-config must be a mapping of keys; cloud-init ignores this file"
    }
}
