/// A key written twice in one mapping of a profile.
package struct ProfileDuplicateKeyRule: Rule {
    package let definition = RuleDescription(
        id: .profileDuplicateKey, family: .profile, defaultSeverity: .error,
        summary: "A key written twice in one mapping of a profile",
        rationale: "YAML keeps the later value and drops the earlier one silently; in a profile that is a setting "
            + "lost, so both must not be there.",
        triggeringExamples: [
            RuleExample(
                "cloudcfg-profile: 1\npackages: [nginx]\n1️⃣packages: [curl]\n", message: "'packages' is set twice")
        ],
        nonTriggeringExamples: ["cloudcfg-profile: 1\npackages: [nginx, curl]\n"],
        examplesIncludeHeader: true)

    /// The rule.
    package init() {}

    /// The finding for the later key.
    ///
    /// - Parameters:
    ///   - key: The key.
    ///   - range: Where the later key is.
    ///   - first: Where the earlier key is.
    ///   - keyPath: The key's path in the profile.
    /// - Returns: The diagnostic.
    package func finding(_ key: String, at range: SourceRange, first: SourceRange, keyPath: String?) -> Diagnostic {
        Diagnostic(
            id, definition.defaultSeverity, Diagnostic.Message.setTwice(key).text, at: range, keyPath: keyPath,
            notes: [Note("first set here", at: first)])
    }
}

extension Diagnostic.Message {
    fileprivate static func setTwice(_ key: String) -> Self {
        "'\(key)' is set twice in this mapping; the later value would replace the earlier one"
    }
}
