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

    /// The findings for a rule's example: a profile for the profile rules, user-data otherwise.
    ///
    /// - Parameters:
    ///   - text: The example's text.
    ///   - rule: The rule the example is for.
    ///   - header: Whether to prepend `#cloud-config` (user-data only).
    /// - Returns: The result.
    static func lint(_ text: String, for rule: RuleDescription, header: Bool) -> LintResult {
        guard rule.family == .profile else { return lint(text, header: header) }
        let source = SourceFile(path: "profile.yaml", text: text)
        return LintResult(path: source.path, kind: .unknown, diagnostics: ProfileReader.lint(source))
    }
}
