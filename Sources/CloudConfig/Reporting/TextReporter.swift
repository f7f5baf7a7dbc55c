/// The `path:line:column: severity: message [rule]` form compilers use, which editors and CI
/// problem matchers read; notes follow on their own lines.
public struct TextReporter: Reporter {
    /// Whether to colour severities with ANSI escapes (only when writing to a terminal).
    public let color: Bool

    /// `text`.
    public var identifier: String { "text" }

    /// Creates a reporter.
    ///
    /// - Parameter color: Whether to use ANSI colours.
    public init(color: Bool = false) { self.color = color }

    /// Renders results, followed by a one-line summary when there are findings.
    public func report(_ results: [LintResult], rules: [RuleDescription]) -> String {
        var output = ""
        for result in results.sortedByPath {
            for diagnostic in result.diagnostics {
                output += line(result.path, diagnostic)
            }
        }
        let summary = LintSummary(results)
        if summary.errors + summary.warnings + summary.notes > 0 {
            output +=
                "\(count(summary.errors, "error")), \(count(summary.warnings, "warning")), "
                + "\(count(summary.notes, "note")) in \(count(results.count, "file"))\n"
        }
        return output
    }

    private func line(_ path: String, _ diagnostic: Diagnostic) -> String {
        let start = diagnostic.range.start
        var text = "\(path):\(start.line):\(start.column): \(paint(diagnostic.severity)): \(diagnostic.message) "
        text += "[\(diagnostic.ruleID)]\n"
        for note in diagnostic.notes {
            if let range = note.range {
                text += "\(path):\(range.start.line):\(range.start.column): \(paint(nil)): \(note.message)\n"
            } else {
                text += "\(path): \(paint(nil)): \(note.message)\n"
            }
        }
        for fixIt in diagnostic.fixIts {
            text += "\(path):\(start.line):\(start.column): \(paint(nil)): fix: \(fixIt.message)\n"
        }
        return text
    }

    private func paint(_ severity: Severity?) -> String {
        let word = severity?.rawValue ?? "note"
        guard color else { return word }
        let code =
            switch severity {
            case .error: "1;31"
            case .warning: "1;35"
            case .note, nil: "1;36"
            }
        return "\u{1B}[\(code)m\(word)\u{1B}[0m"
    }

    private func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }
}
