/// A profile mapping without a key it must have.
package struct ProfileMissingKeyRule: Rule {
    package let definition = RuleDescription(
        id: .profileMissingKey, family: .profile, defaultSeverity: .error,
        summary: "A profile mapping without a key it must have",
        rationale: "Some settings mean nothing without one of their keys: a file without a path, a user without a "
            + "name, a profile without its `cloudcfg-profile: 1` line (which is how tools know the file is one).",
        triggeringExamples: [
            RuleExample("cloudcfg-profile: 1\nadmin:\n  1️⃣ssh-keys: []\n", message: "'admin' needs 'name'"),
            RuleExample("1️⃣packages: [nginx]\n", message: "needs 'cloudcfg-profile: 1'"),
        ],
        nonTriggeringExamples: ["cloudcfg-profile: 1\nadmin:\n  name: azureops\n"],
        examplesIncludeHeader: true)

    /// The rule.
    package init() {}

    /// The finding for a mapping.
    ///
    /// - Parameters:
    ///   - key: The missing key.
    ///   - owner: What needs it, such as `admin` or `files.2`.
    ///   - range: Where the mapping starts.
    ///   - keyPath: The mapping's path in the profile.
    /// - Returns: The diagnostic.
    package func finding(_ key: String, in owner: String, at range: SourceRange, keyPath: String?) -> Diagnostic {
        Diagnostic(
            id, definition.defaultSeverity, Diagnostic.Message.missing(key, owner).text, at: range, keyPath: keyPath)
    }

    /// The finding for a file that is not marked as a profile.
    ///
    /// - Parameter range: Where the file's first key is.
    /// - Returns: The diagnostic.
    package func notMarked(at range: SourceRange) -> Diagnostic {
        Diagnostic(id, definition.defaultSeverity, Diagnostic.Message.notMarked.text, at: range)
    }
}

extension Diagnostic.Message {
    fileprivate static func missing(_ key: String, _ owner: String) -> Self { "'\(owner)' needs '\(key)'" }

    fileprivate static let notMarked: Self =
        "a profile needs 'cloudcfg-profile: 1' as a top-level key, which tells tools the file is one"
}
