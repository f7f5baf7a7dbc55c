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
                var properties = ["file=\(Self.property(result.path))"]
                var message = diagnostic.message
                if diagnostic.envelope.isFile {
                    properties += [
                        "line=\(range.start.line)", "col=\(range.start.column)", "endLine=\(range.end.line)",
                    ]
                    if range.end.line == range.start.line { properties.append("endColumn=\(range.end.column)") }
                } else {
                    // The position is in a text decoded from the file (base64, gzip), whose lines
                    // the file does not have: the annotation is on the file, the position in the
                    // message.
                    message +=
                        " (line \(range.start.line), column \(range.start.column) of the text decoded as "
                        + "\(diagnostic.envelope))"
                }
                properties.append("title=\(Self.property(diagnostic.ruleID.rawValue))")
                for note in diagnostic.notes {
                    // A note in another file of the image names the file.
                    let place =
                        switch (note.path, note.range) {
                        case (let path?, let range?): "\(path):\(range.start.line): "
                        case (let path?, nil): "\(path): "
                        case (nil, let range?): "line \(range.start.line): "
                        case (nil, nil): ""
                        }
                    message += "\n" + place + note.message
                }
                output += "::\(command) \(properties.joined(separator: ","))::\(Self.data(message))\n"
            }
        }
        return output
    }

    /// Escapes a command's message: `%`, CR and LF.
    ///
    /// The escaping works on Unicode scalars: as a `Character`, CR LF is one grapheme that
    /// matches neither `"\r"` nor `"\n"`.
    static func data(_ text: String) -> String { escape(text, property: false) }

    /// Escapes a command property's value: `%`, CR, LF, `:` and `,`.
    static func property(_ text: String) -> String { escape(text, property: true) }

    private static func escape(_ text: String, property: Bool) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": output += "%25"
            case "\r": output += "%0D"
            case "\n": output += "%0A"
            case ":" where property: output += "%3A"
            case "," where property: output += "%2C"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
