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
            RuleExample("1️⃣apt_proxy: http://proxy:3128\n", message: "'apt_proxy' is a legacy key"),
            RuleExample("1️⃣datasource_list: [Azure]\n", message: "belongs in the image's system configuration"),
        ],
        nonTriggeringExamples: ["packages: [nginx]\n"])

    /// Top-level keys of the image's system configuration, which do nothing in user-data.
    static let systemConfigKeys: Set<String> = [
        "datasource", "datasource_list", "debug", "def_log_file", "syslog_fix_perms", "manual_cache_clean",
        "network", "disable_vmware_customization", "vendor_data2", "log_cfgs",
    ]

    /// Top-level `apt_*` keys that cloud-init 22.1 and later still converts to `apt:` at boot,
    /// with the `apt:` key each maps to.
    static let legacyAptKeys: [String: String] = [
        "apt_sources": "apt.sources", "apt_mirror": "apt.primary", "apt_mirror_search": "apt.primary",
        "apt_mirror_search_dns": "apt.primary", "apt_proxy": "apt.proxy", "apt_http_proxy": "apt.http_proxy",
        "apt_https_proxy": "apt.https_proxy", "apt_ftp_proxy": "apt.ftp_proxy",
        "apt_preserve_sources_list": "apt.preserve_sources_list",
        "apt_custom_sources_list": "apt.sources_list",
    ]

    func diagnostic(for finding: SchemaFinding, in document: YAMLDocument, _ context: LintContext) -> Diagnostic? {
        guard case .unknownKey(let name, let known) = finding.kind else { return nil }
        let parent = KeyPath(components: finding.path.components.dropLast())
        let atRoot = parent.components.isEmpty
        if atRoot, let replacement = Self.legacyAptKeys[name] {
            return diagnostic(.legacyAptKey(name, replacement: replacement), for: finding, in: document)
        }
        if atRoot, Self.systemConfigKeys.contains(name) {
            return diagnostic(.systemConfigKey(name), for: finding, in: document)
        }
        let place = atRoot ? "a cloud-config key" : "a key of \(parent)"
        guard let suggestion = Suggestion.closest(to: name, among: known) else {
            return diagnostic(.unknownKey(name, place: place), for: finding, in: document)
        }
        return diagnostic(
            .unknownKey(name, place: place, suggestion: suggestion), for: finding, in: document,
            fixIts: [
                FixIt(
                    message: "rename to '\(suggestion)'",
                    edits: [TextEdit(range: document[finding.node].range, replacement: suggestion)])
            ])
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

    fileprivate static func unknownKey(_ name: String, place: String, suggestion: String) -> Self {
        "'\(name)' is not \(place); did you mean '\(suggestion)'?"
    }
}
