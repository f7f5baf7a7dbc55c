/// Keys and forms the target cloud-init release does not have.
struct UnsupportedKeyRule: LintRule {
    let definition = RuleDescription(
        id: "unsupported-key", family: .schema, defaultSeverity: .error,
        summary: "A key or form newer than the target cloud-init release",
        rationale: "An image runs the cloud-init its distribution ships (Debian 12 has 22.4.2); a key added "
            + "later is ignored or rejected there. Set the target with --cloud-init or `cloud-init:` in "
            + ".cloudcfg.yaml.")

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return context.schemaFindings.compactMap { finding in
            guard case .unavailable(let introduced) = finding.kind else { return nil }
            let what = RemovedKeyRule.subject(finding, in: document)
            let needs =
                switch introduced {
                case .exactly(let version): "cloud-init \(version) or later"
                case .after(let version): "a cloud-init release after \(version)"
                }
            return diagnostic(
                "\(what) needs \(needs); the target is \(context.target)", at: document[finding.node].range,
                keyPath: finding.path)
        }
    }
}

/// Keys and forms the target cloud-init release no longer has.
struct RemovedKeyRule: LintRule {
    let definition = RuleDescription(
        id: "removed-key", family: .schema, defaultSeverity: .error,
        summary: "A key or form the target cloud-init release no longer reads",
        rationale: "cloud-init drops keys after deprecating them (DSA host keys, for example); the target "
            + "release ignores or rejects them.")

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return context.schemaFindings.compactMap { finding in
            guard case .removed(let removed) = finding.kind else { return nil }
            let what = RemovedKeyRule.subject(finding, in: document)
            let when =
                switch removed {
                case .exactly(let version): "in cloud-init \(version)"
                case .after(let version): "after cloud-init \(version)"
                }
            return diagnostic(
                "\(what) was dropped \(when); the target \(context.target) no longer reads it",
                at: document[finding.node].range, keyPath: finding.path)
        }
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
