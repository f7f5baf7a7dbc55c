/// A file named or found to lint that exists but cannot be read.
///
/// Inputs are not linted texts: the command line finds this problem when it reads them, and
/// reports it with ``result(path:reason:)`` so that machine-readable output lists the input as a
/// file with this finding.
package struct UnreadableInputRule: Rule {
    package let definition = RuleDescription(
        id: .unreadableInput, family: .configuration, defaultSeverity: .error,
        summary: "A file to lint cannot be read",
        rationale: "A file that cannot be opened or read (no permission, an I/O error) is checked by no rule. "
            + "JSON, SARIF and GitHub output list it as a file with this finding, and the run exits 66 "
            + "whatever the configuration says.")

    /// The rule.
    package init() {}

    /// The report entry for a file that cannot be read.
    ///
    /// - Parameters:
    ///   - path: The path as the user gave it.
    ///   - reason: What the system said, lower-case (`permission denied`).
    /// - Returns: A result of unknown kind, unparsable, with the finding at its start.
    package func result(path: String, reason: String) -> LintResult {
        let start = SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0))
        return LintResult(
            path: path, kind: .unknown, diagnostics: [diagnostic(.unreadable(reason), at: start)],
            isUnparsable: true)
    }
}

extension Diagnostic.Message {
    fileprivate static func unreadable(_ reason: String) -> Self { Self(reason) }
}
