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
}
