/// The `path:line:column: severity: message [rule]` form compilers use, which editors and CI
/// problem matchers read; notes follow on their own lines.
public struct TextReporter: Reporter {
    /// Whether to colour severities with ANSI escapes (only when writing to a terminal).
    public let color: Bool
    /// Whether to end with the one-line summary when there are findings.
    public let summary: Bool

    /// `text`.
    public var identifier: String { "text" }

    /// Creates a reporter.
    ///
    /// - Parameters:
    ///   - color: Whether to use ANSI colours.
    ///   - summary: Whether to end with the one-line summary.
    public init(color: Bool = false, summary: Bool = true) {
        self.color = color
        self.summary = summary
    }

    /// Renders results, followed by a one-line summary when there are findings.
    public func report(_ results: [LintResult], rules: [RuleDescription]) -> String {
        var output = ""
        for result in results.sortedByPath {
            for diagnostic in result.diagnostics {
                output += line(result.path, diagnostic)
            }
        }
        let summary = LintSummary(results)
        if self.summary, summary.errors + summary.warnings + summary.notes > 0 {
            output +=
                "\(count(summary.errors, "error")), \(count(summary.warnings, "warning")), "
                + "\(count(summary.notes, "note")) in \(count(results.count, "file"))\n"
        }
        return output
    }

    /// Renders one finding with its notes and fix-its, each on its own line.
    ///
    /// - Parameters:
    ///   - path: The input's path.
    ///   - diagnostic: The finding.
    /// - Returns: The lines, each ending with a line break.
    public func line(_ path: String, _ diagnostic: Diagnostic) -> String {
        let path = Self.escaped(path)
        let start = diagnostic.range.start
        // A position in a decoded text (base64, gzip) names that text, so that the line is not
        // looked for in the file as given.
        let within = diagnostic.envelope.isFile ? "" : " (in \(Self.escaped(diagnostic.envelope.description)))"
        var text = "\(path):\(start.line):\(start.column): \(paint(diagnostic.severity)): "
        text += "\(Self.escaped(diagnostic.message))\(within) [\(diagnostic.ruleID)]\n"
        for note in diagnostic.notes {
            // A note in another file of the image names that file.
            let notePath = note.path.map(Self.escaped) ?? path
            if let range = note.range {
                text +=
                    "\(notePath):\(range.start.line):\(range.start.column): \(paint(nil)): \(Self.escaped(note.message))"
                    + "\(note.path == nil ? within : "")\n"
            } else {
                text += "\(notePath): \(paint(nil)): \(Self.escaped(note.message))\n"
            }
        }
        for fixIt in diagnostic.fixIts {
            text += "\(path):\(start.line):\(start.column): \(paint(nil)): fix: \(Self.escaped(fixIt.message))\n"
        }
        return text
    }

    /// Text from the input (a key in a message, a path) made safe for a one-line-per-finding
    /// format read by editors and terminals: line breaks and control characters other than tab
    /// are written as escapes (`\n`, `\r`, `\x1b`, `\u{2028}`), so a key with a line break
    /// cannot split a finding and an escape sequence cannot reach the terminal.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case _ where scalar.value > 0xFF && needsEscape(scalar):
                output += "\\u{" + PythonFormat.hex(scalar.value, width: 4) + "}"
            case _ where needsEscape(scalar):
                output += "\\x" + PythonFormat.hex(scalar.value, width: 2)
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || (0x7F..<0xA0).contains(scalar.value)
            || scalar == "\u{2028}" || scalar == "\u{2029}"
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
