/// Keys and forms the target cloud-init release does not have.
struct UnsupportedKeyRule: SchemaFindingRule {
    let definition = RuleDescription(
        id: .unsupportedKey, family: .schema, defaultSeverity: .error,
        summary: "A key or form newer than the target cloud-init release",
        rationale: "An image runs the cloud-init its distribution ships (Debian 12 has 22.4.2); a key added "
            + "later is ignored or rejected there. Set the target with --cloud-init or `cloud-init:` in "
            + ".cloudcfg.yaml.",
        triggeringExamples: [
            RuleExample(
                "ntp:\n  1️⃣allow: [10.0.0.0/8]\n",
                message: "'allow' needs a cloud-init release after 22.4.2; the target is 22.4.2", target: .debian12)
        ],
        nonTriggeringExamples: [
            "ntp:\n  allow: [10.0.0.0/8]\n", RuleExample("ntp:\n  servers: [time.example.com]\n", target: .debian12),
        ])

    func diagnostic(for finding: SchemaFinding, in document: YAMLDocument, _ context: LintContext) -> Diagnostic? {
        guard case .unavailable(let introduced) = finding.kind else { return nil }
        let ignored = RemovedKeyRule.targetIgnores(finding, context)
        return diagnostic(
            .unsupported(
                RemovedKeyRule.subject(finding, in: document), introduced: introduced, target: context.target,
                ignored: ignored), for: finding, in: document, severity: ignored ? .warning : nil)
    }
}

/// Keys and forms the target cloud-init release no longer has.
struct RemovedKeyRule: SchemaFindingRule {
    let definition = RuleDescription(
        id: .removedKey, family: .schema, defaultSeverity: .error,
        summary: "A key or form the target cloud-init release no longer reads",
        rationale: "cloud-init drops keys after deprecating them (DSA host keys, for example); the target "
            + "release ignores or rejects them.",
        triggeringExamples: [
            RuleExample(
                "ssh_keys:\n  1️⃣dsa_public: ssh-dss AAAAB3NzaC1kc3M root@host\n", message: "'dsa_public' was dropped"),
            RuleExample("ssh_genkeytypes: [rsa, 1️⃣dsa]\n", message: "the string 'dsa' was dropped"),
        ],
        nonTriggeringExamples: ["ssh_genkeytypes: [rsa, ed25519]\n"])

    func diagnostic(for finding: SchemaFinding, in document: YAMLDocument, _ context: LintContext) -> Diagnostic? {
        guard case .removed(let removed) = finding.kind else { return nil }
        return diagnostic(
            .removed(Self.subject(finding, in: document), removed: removed, target: context.target), for: finding,
            in: document, severity: Self.targetIgnores(finding, context) ? .warning : nil)
    }

    /// Whether the finding is on a top-level key the target's schema lets pass as unknown (before
    /// 23.4): the target ignores it, as it ignores a misspelt key, so the finding is a warning
    /// instead of an error.
    static func targetIgnores(_ finding: SchemaFinding, _ context: LintContext) -> Bool {
        let root = context.catalog.root.applyingOlderForms(for: context.target)
        guard finding.path.components.count == 1, case .key(let name) = finding.path.components[0],
            case .ignored = root.additionalProperties,
            let key = root.property(name)?.applyingOlderForms(for: context.target)
        else { return false }
        return !(key.availability.introduced?.isReached(by: context.target) ?? true)
            || (key.availability.removed?.isReached(by: context.target) ?? false)
    }

    /// `'key'` when the finding is on a key, otherwise the value described (`the string 'x'`).
    static func subject(_ finding: SchemaFinding, in document: YAMLDocument) -> String {
        let written = document[finding.node]
        if case .key(let key) = finding.path.components.last, written.kind == .scalar, written.text == key {
            return "'\(key)'"
        }
        return SchemaMessages.describe(finding.node, in: document)
    }
}

extension Diagnostic.Message {
    fileprivate static func unsupported(
        _ what: String, introduced: VersionBound, target: CloudInitVersion, ignored: Bool
    ) -> Self {
        let needs =
            switch introduced {
            case .exactly(let version): "cloud-init \(version) or later"
            case .after(let version): "a cloud-init release after \(version)"
            }
        return "\(what) needs \(needs); the target is \(target)\(ignored ? ", which ignores it" : "")"
    }

    fileprivate static func removed(_ what: String, removed: VersionBound, target: CloudInitVersion) -> Self {
        let when =
            switch removed {
            case .exactly(let version): "in cloud-init \(version)"
            case .after(let version): "after cloud-init \(version)"
            }
        return "\(what) was dropped \(when); the target \(target) no longer reads it"
    }
}
