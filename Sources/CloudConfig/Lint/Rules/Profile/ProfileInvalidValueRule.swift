/// A profile value the provisioning model refuses: a host name, SSH key, user name, password,
/// path, mode, time zone, size or choice that no consumer would take.
package struct ProfileInvalidValueRule: Rule {
    package let definition = RuleDescription(
        id: .profileInvalidValue, family: .profile, defaultSeverity: .error,
        summary: "A profile value the provisioning model refuses",
        rationale: "A value cloud-init, Ignition, the Azure Linux Agent or Azure itself would refuse or misapply is "
            + "caught when the profile is read, at its line, rather than when a VM boots: an invalid host name, a "
            + "truncated SSH key, a reserved admin name, a relative path, a world-writable file, two files at one "
            + "path.",
        triggeringExamples: [
            RuleExample("cloudcfg-profile: 1\nhostname: 1️⃣web_01\n", message: "is not a valid host name"),
            RuleExample("cloudcfg-profile: 1\nadmin:\n  name: 1️⃣admin\n", message: "Azure does not accept 'admin'"),
            RuleExample(
                "cloudcfg-profile: 1\nfiles:\n  - path: 1️⃣etc/motd\n    content: hi\n",
                message: "not an absolute file path"),
        ],
        nonTriggeringExamples: ["cloudcfg-profile: 1\nhostname: web-01\nadmin:\n  name: azureops\n"],
        examplesIncludeHeader: true)

    /// The rule.
    package init() {}

    /// The finding for a value.
    ///
    /// - Parameters:
    ///   - problem: What is wrong, lower-case.
    ///   - range: Where the value is.
    ///   - keyPath: The value's path in the profile.
    /// - Returns: The diagnostic.
    package func finding(_ problem: String, at range: SourceRange, keyPath: String?) -> Diagnostic {
        Diagnostic(
            id, definition.defaultSeverity, Diagnostic.Message.invalid(problem).text, at: range, keyPath: keyPath)
    }
}

extension Diagnostic.Message {
    fileprivate static func invalid(_ problem: String) -> Self { Self(problem) }
}
