/// GitHub Actions workflow commands (`::error file=...,line=...::message`), which GitHub shows as
/// annotations on pull requests.
public struct GitHubReporter: Reporter {
    /// `github`.
    public var identifier: String { "github" }

    /// Creates a reporter.
    public init() {}

    /// Renders one command per finding; notes are folded into the message.
    public func report(_ results: [LintResult], rules: [RuleDescription]) -> String {
        var output = ""
        for result in results.sortedByPath {
            for diagnostic in result.diagnostics {
                let command =
                    switch diagnostic.severity {
                    case .error: "error"
                    case .warning: "warning"
                    case .note: "notice"
                    }
                let range = diagnostic.range
                var properties = [
                    "file=\(Self.property(result.path))", "line=\(range.start.line)", "col=\(range.start.column)",
                    "endLine=\(range.end.line)",
                ]
                if range.end.line == range.start.line { properties.append("endColumn=\(range.end.column)") }
                properties.append("title=\(Self.property(diagnostic.ruleID.rawValue))")
                var message = diagnostic.message
                for note in diagnostic.notes {
                    message += "\n" + (note.range.map { "line \($0.start.line): " } ?? "") + note.message
                }
                output += "::\(command) \(properties.joined(separator: ","))::\(Self.data(message))\n"
            }
        }
        return output
    }

    /// Escapes a command's message.
    static func data(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    /// Escapes a command property's value.
    static func property(_ text: String) -> String {
        data(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
