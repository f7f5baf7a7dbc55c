@testable import CloudConfig

/// Lints text as a file would be linted.
enum LintSupport {
    /// The findings for a text.
    ///
    /// - Parameters:
    ///   - text: The input.
    ///   - header: Whether to prepend `#cloud-config` (rule examples omit it unless the rule is
    ///     about the first line).
    ///   - configuration: The run's configuration.
    /// - Returns: The result.
    static func lint(
        _ text: String, header: Bool = true, configuration: LintConfiguration = LintConfiguration()
    ) -> LintResult {
        let source = SourceFile(path: "test.yaml", text: header ? "#cloud-config\n" + text : text)
        return Linter(configuration: configuration).lint(source)
    }

    /// The findings for one of a rule's examples, linted as the rule says: as its kind, with a
    /// `#cloud-config` first line for user-data that has none, for the rule's distribution.
    ///
    /// - Parameters:
    ///   - example: The example.
    ///   - rule: The rule it belongs to.
    /// - Returns: The result, and how many lines were put in front of the example's text.
    static func lint(_ example: RuleExample, of rule: RuleDescription) -> (result: LintResult, addedLines: Int) {
        let (text, added) = rule.lintedText(of: example)
        let configuration = rule.configuration(for: example)
        let kind = rule.kind(of: example)
        let path =
            switch kind {
            case .waagent: "waagent.conf"
            case .systemConfig: "cloud.cfg.d/test.cfg"
            case .profile: "profile.yaml"
            case .userData: "test.yaml"
            }
        return (Linter(configuration: configuration).lint(SourceFile(path: path, text: text), as: kind), added)
    }
}
