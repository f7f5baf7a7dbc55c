/// Keys no cloud-init module reads at that place.
struct UnknownKeyRule: SchemaFindingRule {
    let definition = RuleDescription(
        id: .unknownKey, family: .schema, defaultSeverity: .error,
        summary: "A key cloud-init does not read at that place",
        rationale: "cloud-init ignores keys it does not know; a misspelt `pakages:` installs nothing. "
            + "cloud-init 22.4 does not even report misspelt top-level keys; 23.4 and later reject them.",
        triggeringExamples: [
            RuleExample(
                "1️⃣pakages: [nginx]\n", message: "'pakages' is not a cloud-config key; did you mean 'packages'?",
                corrected: "packages: [nginx]\n"),
            RuleExample(
                "write_files:\n  - path: /etc/motd\n    1️⃣permisions: '0644'\n",
                message: "'permisions' is not a key of write_files.0; did you mean 'permissions'?",
                corrected: "write_files:\n  - path: /etc/motd\n    permissions: '0644'\n"),
            RuleExample(
                "packages: [curl]\n1️⃣pakages: [nginx]\n",
                message: "did you mean 'packages'? 'packages' is set as well: merge the two"),
            RuleExample("1️⃣apt_proxy: http://proxy:3128\n", message: "'apt_proxy' is a legacy key"),
            RuleExample("1️⃣datasource_list: [Azure]\n", message: "belongs in the image's system configuration"),
            RuleExample(
                "1️⃣Reporting:\n  logging:\n    type: log\n",
                message: "'Reporting' is not a system configuration key; keys are case-sensitive and cloud-init "
                    + "ignores it; did you mean 'reporting'?",
                corrected: "reporting:\n  logging:\n    type: log\n", kind: .systemConfig),
            RuleExample(
                "datasource:\n  1️⃣azure:\n    apply_network_config: false\n", message: "did you mean 'Azure'?",
                corrected: "datasource:\n  Azure:\n    apply_network_config: false\n", kind: .systemConfig),
        ],
        nonTriggeringExamples: [
            "packages: [nginx]\n",
            RuleExample("datasource_list: [Azure]\nreporting:\n  logging:\n    type: log\n", kind: .systemConfig),
        ],
        fixSafety: .perFix(
            "a key that differs from a known key only in case (Reporting, azure) is renamed, as the agent's keys "
                + "and datasource names are: keys are case-sensitive and no other key is meant; any other "
                + "did-you-mean is a guess and stays a suggestion"))

    /// Top-level keys of the image's system configuration, which do nothing in user-data.
    static let systemConfigKeys: Set<String> = [
        "datasource", "datasource_list", "debug", "def_log_file", "syslog_fix_perms", "manual_cache_clean",
        "network", "disable_vmware_customization", "vendor_data2", "log_cfgs",
    ]

    /// Top-level `apt_*` keys that cloud-init 22.1 and later still converts to `apt:` at boot,
    /// with the `apt:` key each maps to.
    static let legacyAptKeys: [String: String] = Dictionary(
        uniqueKeysWithValues: CatalogModule.legacyAptKeys.map { ($0.key, $0.value) })

    func diagnostic(for finding: SchemaFinding, in document: YAMLDocument, _ context: LintContext) -> Diagnostic? {
        guard case (let name, let known, let isIgnored)? = finding.kind.undeclaredKey else { return nil }
        // The target's schema lets unknown top-level keys pass (before 23.4): cloud-init ignores the
        // key without a word, which is worth a warning, not an error.
        let severity: Severity? = isIgnored ? .warning : nil
        let parent = KeyPath(components: finding.path.components.dropLast())
        let atRoot = parent.components.isEmpty
        if atRoot, let replacement = Self.legacyAptKeys[name] {
            return diagnostic(
                .legacyAptKey(name, replacement: replacement), for: finding, in: document, severity: severity)
        }
        if atRoot, context.inputKind == .userData, Self.systemConfigKeys.contains(name) {
            return diagnostic(.systemConfigKey(name), for: finding, in: document, severity: severity)
        }
        let root = context.inputKind == .systemConfig ? "a system configuration key" : "a cloud-config key"
        let place = atRoot ? root : "a key of \(parent)"
        guard let suggestion = Suggestion.closest(to: name, among: known) else {
            return diagnostic(.unknownKey(name, place: place), for: finding, in: document, severity: severity)
        }
        if let existing = context.siblingKey(named: suggestion, besides: finding.node) {
            // A rename would write the key twice, and cloud-init would keep only the later one.
            return diagnostic(
                .unknownKey(name, place: place, suggestion: suggestion, alsoSet: true), for: finding, in: document,
                notes: [Note("'\(suggestion)' is set here", at: document[existing].range)], severity: severity)
        }
        return diagnostic(
            .unknownKey(name, place: place, suggestion: suggestion, alsoSet: false), for: finding, in: document,
            fixIts: [
                FixIt(
                    message: "rename to '\(suggestion)'",
                    edits: [TextEdit(range: document[finding.node].range, replacement: suggestion)],
                    isSafe: known.filter { $0.lowercased() == name.lowercased() } == [suggestion])
            ], severity: severity)
    }
}

extension Diagnostic.Message {
    fileprivate static func legacyAptKey(_ name: String, replacement: String) -> Self {
        Self(
            "'\(name)' is a legacy key: cloud-init still converts it at boot, but it has been deprecated since 22.1 and "
                + "the schema rejects it; use \(replacement)")
    }

    fileprivate static func systemConfigKey(_ name: String) -> Self {
        Self(
            "'\(name)' belongs in the image's system configuration (/etc/cloud/cloud.cfg.d/), not in user-data, where "
                + "cloud-init ignores it")
    }

    fileprivate static func unknownKey(_ name: String, place: String) -> Self {
        "'\(name)' is not \(place); cloud-init ignores it"
    }

    fileprivate static func unknownKey(_ name: String, place: String, suggestion: String, alsoSet: Bool) -> Self {
        let merge = alsoSet ? " '\(suggestion)' is set as well: merge the two" : ""
        // `Reporting:` for `reporting:` (a vendor guide's spelling) is read by nothing.
        let caseOnly = name != suggestion && name.lowercased() == suggestion.lowercased()
        let hint = caseOnly ? "; keys are case-sensitive and cloud-init ignores it" : ""
        return "'\(name)' is not \(place)\(hint); did you mean '\(suggestion)'?\(merge)"
    }
}
