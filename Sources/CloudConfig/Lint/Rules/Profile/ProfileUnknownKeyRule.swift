/// A key a profile does not have at that place, with the closest key it does have.
package struct ProfileUnknownKeyRule: Rule {
    package let definition = RuleDescription(
        id: .profileUnknownKey, family: .profile, defaultSeverity: .error,
        summary: "A key a profile does not have at that place",
        rationale: "A misspelt key would leave its setting out of every generated artifact without a word; "
            + "profile keys are written in kebab-case (`package-upgrade`, `ssh-keys`), not as cloud-config's "
            + "snake_case.",
        triggeringExamples: [
            RuleExample("cloudcfg-profile: 1\n1️⃣pakages: [nginx]\n", message: "did you mean 'packages'?"),
            RuleExample(
                "cloudcfg-profile: 1\nadmin:\n  name: azureops\n  1️⃣ssh_keys: []\n", message: "did you mean 'ssh-keys'?"),
        ],
        nonTriggeringExamples: ["cloudcfg-profile: 1\npackages: [nginx]\npackage-upgrade: true\n"],
        examplesIncludeHeader: true)

    /// The rule.
    package init() {}

    /// The finding for a key.
    ///
    /// - Parameters:
    ///   - key: The key as written.
    ///   - known: The keys the mapping has.
    ///   - range: Where the key is.
    ///   - keyPath: The mapping's path in the profile.
    /// - Returns: The diagnostic.
    package func finding(_ key: String, known: [String], at range: SourceRange, keyPath: String?) -> Diagnostic {
        let message = Diagnostic.Message.unknownKey(
            key, suggestion: Suggestion.closest(to: key, among: known), known: known)
        return Diagnostic(id, definition.defaultSeverity, message.text, at: range, keyPath: keyPath)
    }
}

extension Diagnostic.Message {
    fileprivate static func unknownKey(_ key: String, suggestion: String?, known: [String]) -> Self {
        Self(
            "'\(key)' is not a profile key here"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; the keys here are "
                    + known.joined(separator: ", ")))
    }
}
