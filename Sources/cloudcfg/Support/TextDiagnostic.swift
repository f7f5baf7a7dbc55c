import CloudConfig

/// The one-line `path:line:column: severity: message` form editors and CI read.
enum TextDiagnostic {
    /// Renders a diagnostic and its notes, one per line.
    static func render(_ diagnostic: Diagnostic, path: String) -> String {
        var text = "\(path):\(diagnostic.range.start.line):\(diagnostic.range.start.column): "
        text += "\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.ruleID)]\n"
        for note in diagnostic.notes {
            if let range = note.range {
                text += "\(path):\(range.start.line):\(range.start.column): note: \(note.message)\n"
            } else {
                text += "\(path): note: \(note.message)\n"
            }
        }
        return text
    }
}
