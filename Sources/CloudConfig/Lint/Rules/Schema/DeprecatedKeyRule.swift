/// Keys and value forms cloud-init deprecates.
struct DeprecatedKeyRule: SchemaFindingRule {
    let definition = RuleDescription(
        id: .deprecatedKey, family: .schema, defaultSeverity: .warning,
        summary: "A key cloud-init deprecates",
        rationale: "Deprecated keys still work, but cloud-init logs them at boot (which makes `cloud-init status` "
            + "report a recoverable error) and may drop them later. Only deprecations that happened by the "
            + "target release are reported.",
        triggeringExamples: [
            RuleExample(
                "1️⃣apt_update: true\n", message: "'apt_update' is deprecated since cloud-init 22.2",
                corrected: "package_update: true\n"),
            RuleExample(
                "users:\n  - name: ops\n    1️⃣lock-passwd: false\n", message: "'lock-passwd' is deprecated",
                corrected: "users:\n  - name: ops\n    lock_passwd: false\n"),
            RuleExample(
                "package_update: true\n1️⃣apt_update: true\n", message: "'package_update' is set as well: keep one"),
        ],
        nonTriggeringExamples: ["package_update: true\n"],
        fixSafety: .safe(
            "the rename is offered only where the catalog records the replacement as the same setting under a new "
                + "name (apt_update → package_update), and never onto a key the mapping already has"))

    func diagnostic(for finding: SchemaFinding, in document: YAMLDocument, _ context: LintContext) -> Diagnostic? {
        guard case .deprecatedKey(let deprecation) = finding.kind, Self.applies(deprecation, to: context.target)
        else { return nil }
        let written = document[finding.node]
        let name =
            finding.path.components.last.map { component in
                if case .key(let key) = component { return "'\(key)'" }
                return "this value"
            } ?? "this value"
        var fixIts: [FixIt] = []
        var notes: [Note] = []
        var alsoSet: String?
        if let replacement = deprecation.replacementKey, written.kind == .scalar {
            if let existing = context.siblingKey(named: replacement, besides: finding.node) {
                // A rename would write the key twice, and cloud-init would keep only the later one.
                alsoSet = replacement
                notes.append(Note("'\(replacement)' is set here", at: document[existing].range))
            } else {
                fixIts.append(
                    FixIt(
                        message: "rename to '\(replacement)'",
                        edits: [TextEdit(range: written.range, replacement: replacement)], isSafe: true))
            }
        }
        return diagnostic(
            .deprecatedKey(name, deprecation, alsoSet: alsoSet), for: finding, in: document, notes: notes,
            fixIts: fixIts)
    }

    /// Whether the target release already has the deprecation.
    static func applies(_ deprecation: Deprecation, to target: CloudInitVersion) -> Bool {
        deprecation.version?.isReached(by: target) ?? true
    }
}

/// Value forms cloud-init deprecates (its schema's `changed` markers).
struct DeprecatedValueRule: SchemaFindingRule {
    let definition = RuleDescription(
        id: .deprecatedValue, family: .schema, defaultSeverity: .warning,
        summary: "A form of a value cloud-init deprecates",
        rationale: "Some values still work in an old form (a user's `sudo: false`, a string `uid`) but "
            + "cloud-init logs the form at boot and may drop it.",
        triggeringExamples: [
            RuleExample(
                "users:\n  - name: ops\n    sudo: 1️⃣false\n",
                message: "the boolean false is a deprecated form here since cloud-init 22.2")
        ],
        nonTriggeringExamples: ["users:\n  - name: ops\n    sudo: null\n"])

    func diagnostic(for finding: SchemaFinding, in document: YAMLDocument, _ context: LintContext) -> Diagnostic? {
        guard case .deprecatedValue(let change) = finding.kind, DeprecatedKeyRule.applies(change, to: context.target)
        else { return nil }
        return diagnostic(
            .deprecatedValue(SchemaMessages.describe(finding.node, in: document), change), for: finding, in: document)
    }
}

extension Diagnostic.Message {
    fileprivate static func deprecatedKey(_ name: String, _ deprecation: Deprecation, alsoSet: String?) -> Self {
        Self(
            "\(name) is deprecated\(since(deprecation)): \(deprecation.advice)"
                + (alsoSet.map { "; '\($0)' is set as well: keep one" } ?? ""))
    }

    fileprivate static func deprecatedValue(_ value: String, _ change: Deprecation) -> Self {
        "\(value) is a deprecated form here\(since(change)): \(change.advice)"
    }

    /// ` since cloud-init 22.3`, or nothing when the version is unknown.
    private static func since(_ deprecation: Deprecation) -> String {
        deprecation.version.map { " since cloud-init \($0)" } ?? ""
    }
}
