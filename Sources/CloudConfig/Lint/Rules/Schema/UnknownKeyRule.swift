/// Keys no cloud-init module reads at that place.
struct UnknownKeyRule: LintRule {
    let definition = RuleDescription(
        id: "unknown-key", family: .schema, defaultSeverity: .error,
        summary: "A key cloud-init does not read at that place",
        rationale: "cloud-init ignores keys it does not know; a misspelt `pakages:` installs nothing. "
            + "cloud-init 22.4 does not even report misspelt top-level keys; 23.4 and later reject them.",
        triggeringExamples: [
            "1️⃣pakages: [nginx]\n", "write_files:\n  - path: /etc/motd\n    1️⃣permisions: '0644'\n",
        ],
        nonTriggeringExamples: ["packages: [nginx]\n"])

    /// Top-level keys of the image's system configuration, which do nothing in user-data.
    static let systemConfigKeys: Set<String> = [
        "datasource", "datasource_list", "debug", "def_log_file", "syslog_fix_perms", "manual_cache_clean",
        "network", "disable_vmware_customization", "vendor_data2", "log_cfgs",
    ]

    /// Top-level `apt_*` keys that cloud-init 22.1 and later still converts to `apt:` at boot,
    /// with the `apt:` key each maps to.
    static let legacyAptKeys: [String: String] = Dictionary(
        uniqueKeysWithValues: CatalogModule.legacyAptKeys.map { ($0.key, $0.value) })

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return context.schemaFindings.compactMap { finding in
            switch finding.kind {
            case .unknownKey(let name, let known):
                return unknown(name, known, finding, context: context, document: document)
            case .ignoredKey(let name, let known):
                // The target's schema lets unknown top-level keys pass (before 23.4): cloud-init
                // ignores the key without a word, which is worth a warning, not an error.
                var diagnostic = unknown(name, known, finding, context: context, document: document)
                diagnostic.severity = .warning
                return diagnostic
            default:
                return nil
            }
        }
    }

    private func unknown(
        _ name: String, _ known: [String], _ finding: SchemaFinding, context: LintContext, document: YAMLDocument
    ) -> Diagnostic {
        let range = document[finding.node].range
        let parent = KeyPath(components: finding.path.components.dropLast())
        let atRoot = parent.components.isEmpty
        if atRoot, let replacement = Self.legacyAptKeys[name] {
            return diagnostic(
                "'\(name)' is a legacy key: cloud-init still converts it at boot, but it has been deprecated "
                    + "since 22.1 and the schema rejects it; use \(replacement)", at: range, keyPath: finding.path)
        }
        if atRoot, Self.systemConfigKeys.contains(name) {
            return diagnostic(
                "'\(name)' belongs in the image's system configuration (/etc/cloud/cloud.cfg.d/), not in "
                    + "user-data, where cloud-init ignores it", at: range, keyPath: finding.path)
        }
        let place = atRoot ? "a cloud-config key" : "a key of \(parent)"
        var message = "'\(name)' is not \(place)"
        var fixIts: [FixIt] = []
        var notes: [Note] = []
        if let suggestion = Suggestion.closest(to: name, among: known) {
            message += "; did you mean '\(suggestion)'?"
            if let existing = context.siblingKey(named: suggestion, besides: finding.node) {
                // A rename would write the key twice, and cloud-init would keep only the later one.
                message += " '\(suggestion)' is set as well: merge the two"
                notes.append(Note("'\(suggestion)' is set here", at: document[existing].range))
            } else {
                fixIts.append(
                    FixIt(
                        message: "rename to '\(suggestion)'", edits: [TextEdit(range: range, replacement: suggestion)]))
            }
        } else {
            message += "; cloud-init ignores it"
        }
        return diagnostic(message, at: range, keyPath: finding.path, notes: notes, fixIts: fixIts)
    }
}
