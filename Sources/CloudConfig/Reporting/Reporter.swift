/// Turns lint results into text for people or programs. Reporters are pure: the same results
/// always give the same bytes.
public protocol Reporter: Sendable {
    /// The `--format` name, such as `json`.
    var identifier: String { get }

    /// Renders results.
    ///
    /// - Parameters:
    ///   - results: The results, one per input.
    ///   - rules: The descriptions of the rules that ran, for formats that list them.
    /// - Returns: The complete output.
    func report(_ results: [LintResult], rules: [RuleDescription]) -> String
}

/// The reporters `cloudcfg lint --format` offers.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Annotated source as compilers show it, with a summary table: for people at a terminal.
    case pretty
    /// `path:line:column: severity: message [rule]`, one finding per line.
    case text
    /// The Lint JSON contract.
    case json
    /// SARIF 2.1.0, for code-scanning services.
    case sarif
    /// GitHub Actions workflow commands, which annotate pull requests.
    case github
    /// Language Server Protocol diagnostics (UTF-16 positions), for editor plugins.
    case lsp

    /// The reporter for the format.
    ///
    /// - Parameters:
    ///   - color: Whether the text and pretty formats may use ANSI colours.
    ///   - summary: Whether the text and pretty formats end with a summary.
    ///   - baseDirectory: The directory relative paths are resolved against where a format
    ///     needs absolute URIs (`lsp`).
    /// - Returns: The reporter.
    public func reporter(color: Bool = false, summary: Bool = true, baseDirectory: String? = nil) -> any Reporter {
        switch self {
        case .pretty: PrettyReporter(color: color, summary: summary)
        case .text: TextReporter(color: color, summary: summary)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .github: GitHubReporter()
        case .lsp: LSPReporter(baseDirectory: baseDirectory)
        }
    }
}

extension Array where Element == LintResult {
    /// The results sorted by path, for deterministic output.
    var sortedByPath: [LintResult] {
        sorted { $0.path.unicodeScalars.lexicographicallyPrecedes($1.path.unicodeScalars) }
    }
}
