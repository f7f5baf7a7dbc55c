/// A profile value of the wrong type.
package struct ProfileTypeMismatchRule: Rule {
    package let definition = RuleDescription(
        id: .profileTypeMismatch, family: .profile, defaultSeverity: .error,
        summary: "A profile value of the wrong type",
        rationale: "Each profile key takes one kind of value; cloudcfg does not guess what another kind means. A "
            + "file mode is a quoted octal string, because YAML reads an unquoted `0644` as the number 420.",
        triggeringExamples: [
            RuleExample("cloudcfg-profile: 1\npackage-upgrade: 1️⃣\"yes\"\n", message: "true or false"),
            RuleExample(
                "cloudcfg-profile: 1\nfiles:\n  - path: /etc/motd\n    content: hi\n    mode: 1️⃣0644\n",
                message: "quote it"),
        ],
        nonTriggeringExamples: [
            "cloudcfg-profile: 1\npackage-upgrade: true\nfiles:\n  - path: /etc/motd\n    content: hi\n    mode: '0644'\n"
        ],
        examplesIncludeHeader: true)

    /// The rule.
    package init() {}

    /// The finding for a value.
    ///
    /// - Parameters:
    ///   - key: The key whose value it is.
    ///   - expected: What the key takes, such as `true or false`.
    ///   - actual: What the value is, such as `the string 'yes'`.
    ///   - hint: What to do, if there is more to say.
    ///   - range: Where the value is.
    ///   - keyPath: The value's path in the profile.
    /// - Returns: The diagnostic.
    package func finding(
        _ key: String, expected: String, actual: String, hint: String? = nil, at range: SourceRange, keyPath: String?
    ) -> Diagnostic {
        Diagnostic(
            id, definition.defaultSeverity, Diagnostic.Message.mismatch(key, expected, actual, hint).text, at: range,
            keyPath: keyPath)
    }
}

extension Diagnostic.Message {
    fileprivate static func mismatch(_ key: String, _ expected: String, _ actual: String, _ hint: String?) -> Self {
        Self("'\(key)' takes \(expected), not \(actual)" + (hint.map { "; \($0)" } ?? ""))
    }
}
