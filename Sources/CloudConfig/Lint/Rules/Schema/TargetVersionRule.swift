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
            return RemovedKeyRule.leniently(
                diagnostic(
                    "\(what) needs \(needs); the target is \(context.target)", at: document[finding.node].range,
                    keyPath: finding.path), finding, context, adding: ", which ignores it")
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
            return Self.leniently(
                diagnostic(
                    "\(what) was dropped \(when); the target \(context.target) no longer reads it",
                    at: document[finding.node].range, keyPath: finding.path), finding, context)
        }
    }

    /// A warning instead of an error for a top-level key the target's schema lets pass as unknown
    /// (before 23.4): the target ignores it, as it ignores a misspelt key.
    static func leniently(
        _ diagnostic: Diagnostic, _ finding: SchemaFinding, _ context: LintContext, adding words: String = ""
    ) -> Diagnostic {
        let root = context.catalog.root.applyingOlderForms(for: context.target)
        guard finding.path.components.count == 1, case .key(let name) = finding.path.components[0],
            case .ignored = root.additionalProperties,
            let key = root.property(name)?.applyingOlderForms(for: context.target),
            !(key.availability.introduced?.isReached(by: context.target) ?? true)
                || (key.availability.removed?.isReached(by: context.target) ?? false)
        else { return diagnostic }
        var diagnostic = diagnostic
        diagnostic.severity = .warning
        diagnostic.message += words
        return diagnostic
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
