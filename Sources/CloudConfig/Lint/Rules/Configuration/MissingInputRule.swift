/// A file or directory named to lint that does not exist.
///
/// Inputs are not linted texts: the command line finds this problem when it collects them, and
/// reports it with ``result(path:)`` so that machine-readable output lists the input as a file
/// with this finding.
package struct MissingInputRule: Rule {
    package let definition = RuleDescription(
        id: .missingInput, family: .configuration, defaultSeverity: .error,
        summary: "A file or directory to lint does not exist",
        rationale: "A path given to `cloudcfg lint` that does not exist is checked by no rule; a CI job that "
            + "lints a renamed file must not pass. JSON, SARIF and GitHub output list it as a file with this "
            + "finding, and the run exits 66 whatever the configuration says.")

    /// The rule.
    package init() {}

    /// The report entry for a path that does not exist.
    ///
    /// - Parameter path: The path as the user gave it.
    /// - Returns: A result of unknown kind, unparsable, with the finding at its start.
    package func result(path: String) -> LintResult {
        let start = SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0))
        return LintResult(
            path: path, kind: .unknown, diagnostics: [diagnostic(.noSuchFile, at: start)], isUnparsable: true)
    }
}

extension Diagnostic.Message {
    fileprivate static let noSuchFile: Self = "no such file or directory"
}
