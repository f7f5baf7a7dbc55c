/// Keys and value forms cloud-init deprecates.
struct DeprecatedKeyRule: LintRule {
    let definition = RuleDescription(
        id: "deprecated-key", family: .schema, defaultSeverity: .warning,
        summary: "A key cloud-init deprecates",
        rationale: "Deprecated keys still work, but cloud-init logs them at boot (which makes `cloud-init status` "
            + "report a recoverable error) and may drop them later. Only deprecations that happened by the "
            + "target release are reported.",
        triggeringExamples: ["1️⃣apt_update: true\n", "users:\n  - name: ops\n    1️⃣lock-passwd: false\n"],
        nonTriggeringExamples: ["package_update: true\n"])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return context.schemaFindings.compactMap { finding in
            guard case .deprecatedKey(let deprecation) = finding.kind,
                Self.applies(deprecation, to: context.target)
            else { return nil }
            let written = document[finding.node]
            let name =
                finding.path.components.last.map { component in
                    if case .key(let key) = component { return "'\(key)'" }
                    return "this value"
                } ?? "this value"
            var message = "\(name) is deprecated\(Self.since(deprecation)): \(deprecation.advice)"
            var fixIts: [FixIt] = []
            var notes: [Note] = []
            if let replacement = deprecation.replacementKey, written.kind == .scalar {
                if let existing = context.siblingKey(named: replacement, besides: finding.node) {
                    // A rename would write the key twice, and cloud-init would keep only the later one.
                    message += "; '\(replacement)' is set as well: keep one"
                    notes.append(Note("'\(replacement)' is set here", at: document[existing].range))
                } else {
                    fixIts.append(
                        FixIt(
                            message: "rename to '\(replacement)'",
                            edits: [TextEdit(range: written.range, replacement: replacement)]))
                }
            }
            return diagnostic(message, at: written.range, keyPath: finding.path, notes: notes, fixIts: fixIts)
        }
    }

    /// Whether the target release already has the deprecation.
    static func applies(_ deprecation: Deprecation, to target: CloudInitVersion) -> Bool {
        deprecation.version?.isReached(by: target) ?? true
    }

    /// ` since cloud-init 22.3`, or nothing when the version is unknown.
    static func since(_ deprecation: Deprecation) -> String {
        deprecation.version.map { " since cloud-init \($0)" } ?? ""
    }
}

/// Value forms cloud-init deprecates (its schema's `changed` markers).
struct DeprecatedValueRule: LintRule {
    let definition = RuleDescription(
        id: "deprecated-value", family: .schema, defaultSeverity: .warning,
        summary: "A form of a value cloud-init deprecates",
        rationale: "Some values still work in an old form (a user's `sudo: false`, a string `uid`) but "
            + "cloud-init logs the form at boot and may drop it.",
        triggeringExamples: ["users:\n  - name: ops\n    sudo: 1️⃣false\n"],
        nonTriggeringExamples: ["users:\n  - name: ops\n    sudo: null\n"])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return context.schemaFindings.compactMap { finding in
            guard case .deprecatedValue(let change) = finding.kind,
                DeprecatedKeyRule.applies(change, to: context.target)
            else { return nil }
            return diagnostic(
                "\(SchemaMessages.describe(finding.node, in: document)) is a deprecated form here"
                    + "\(DeprecatedKeyRule.since(change)): \(change.advice)",
                at: document[finding.node].range, keyPath: finding.path)
        }
    }
}
