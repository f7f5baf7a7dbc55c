/// A profile setting that a distribution the profile targets cannot have: what its provisioner
/// does not apply, an architecture or Hyper-V generation its image does not come in, first-boot
/// settings for a specialized image.
package struct ProfileUnsupportedRule: Rule {
    package let definition = RuleDescription(
        id: .profileUnsupported, family: .profile, defaultSeverity: .error,
        summary: "A profile setting a distribution it targets cannot have",
        rationale: "Flatcar has no package manager, the Azure Linux Agent applies no user-data, a specialized image "
            + "is not provisioned at all: a setting that cannot reach the VM is an error for that distribution, "
            + "at the setting's line. Restrict `distros`, or override the setting for the distribution under "
            + "`overrides`.",
        triggeringExamples: [
            RuleExample(
                "cloudcfg-profile: 1\ndistros: [flatcar]\npackages: 1️⃣[nginx]\n",
                message: "flatcar: Flatcar has no package manager"
            ),
            RuleExample(
                "cloudcfg-profile: 1\ndistros: [rhel-8]\nimage:\n  architecture: 1️⃣Arm64\n", message: "no Arm64 image"),
        ],
        nonTriggeringExamples: [
            "cloudcfg-profile: 1\ndistros: [flatcar, debian-12]\npackages: [nginx]\noverrides:\n  flatcar:\n    packages: null\n"
        ],
        examplesIncludeHeader: true)

    /// The rule.
    package init() {}

    /// The finding for a setting.
    ///
    /// - Parameters:
    ///   - distro: The distribution's identifier.
    ///   - problem: Why it cannot have the setting, lower-case.
    ///   - range: Where the setting is.
    ///   - keyPath: The setting's path in the profile.
    /// - Returns: The diagnostic.
    package func finding(distro: String, _ problem: String, at range: SourceRange, keyPath: String?) -> Diagnostic {
        Diagnostic(
            id, definition.defaultSeverity, Diagnostic.Message.unsupported(distro, problem).text, at: range,
            keyPath: keyPath)
    }
}

extension Diagnostic.Message {
    fileprivate static func unsupported(_ distro: String, _ problem: String) -> Self { "\(distro): \(problem)" }
}
