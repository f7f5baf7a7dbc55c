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
    /// `path:line:column: severity: message [rule]`, one finding per line.
    case text
    /// The Lint JSON contract.
    case json
    /// SARIF 2.1.0, for code-scanning services.
    case sarif
    /// GitHub Actions workflow commands, which annotate pull requests.
    case github

    /// The reporter for the format.
    ///
    /// - Parameter color: Whether the text format may use ANSI colours.
    /// - Returns: The reporter.
    public func reporter(color: Bool = false) -> any Reporter {
        switch self {
        case .text: TextReporter(color: color)
        case .json: JSONReporter()
        case .sarif: SARIFReporter()
        case .github: GitHubReporter()
        }
    }
}

extension Array where Element == LintResult {
    /// The results sorted by path, for deterministic output.
    var sortedByPath: [LintResult] {
        sorted { $0.path.unicodeScalars.lexicographicallyPrecedes($1.path.unicodeScalars) }
    }
}
