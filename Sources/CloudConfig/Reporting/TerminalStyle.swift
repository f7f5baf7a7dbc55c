/// ANSI styles for the annotated output, or plain text when colour is off: severities as in the
/// text format (error red, warning magenta, note cyan), the gutter blue and suggested edits green,
/// as rustc and clang show them.
struct TerminalStyle {
    /// Whether to emit escape sequences.
    let enabled: Bool

    /// Text in the colour of a severity, bold.
    func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .error: paint("1;31", text)
        case .warning: paint("1;35", text)
        case .note: paint("1;36", text)
        }
    }

    /// Markers under a span: the finding's colour, or a note's for a secondary span.
    func marker(_ severity: Severity?, _ text: String) -> String {
        self.severity(severity ?? .note, text)
    }

    /// The `note` label of a located note.
    func note(_ text: String) -> String { paint("1;36", text) }

    /// The `help` label of a suggested edit.
    func help(_ text: String) -> String { paint("1;32", text) }

    /// Markers under a suggested edit.
    func fix(_ text: String) -> String { paint("32", text) }

    /// Line numbers, `|`, `=` and `-->`.
    func gutter(_ text: String) -> String { paint("1;34", text) }

    /// Bold text: the message of a finding, the head of the summary.
    func bold(_ text: String) -> String { paint("1", text) }

    /// Text between an ANSI style and a reset; leading spaces (the indentation of markers)
    /// stay outside.
    private func paint(_ code: String, _ text: String) -> String {
        let indentation = text.prefix { $0 == " " }
        let body = text.dropFirst(indentation.count)
        guard enabled, !body.isEmpty else { return text }
        return indentation + "\u{1B}[\(code)m\(body)\u{1B}[0m"
    }
}
