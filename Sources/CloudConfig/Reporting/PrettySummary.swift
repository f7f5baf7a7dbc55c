/// The table that ends the annotated output: findings per rule and per severity, most severe
/// rules first, then the totals in the line the text format ends with.
///
/// ```text
/// rule                      error  warning  note
/// unknown-key                   2        -     -
/// truthy                        -        1     -
/// 2 errors, 1 warning, 0 notes in 1 file
/// ```
struct PrettySummary {
    /// The rendered table, empty when nothing was linted.
    let text: String

    /// Counts the findings of a run.
    ///
    /// - Parameters:
    ///   - results: The results of the run.
    ///   - style: How to colour the table.
    init(_ results: [LintResult], style: TerminalStyle) {
        guard !results.isEmpty else {
            text = ""
            return
        }
        let files = "\(results.count) file\(results.count == 1 ? "" : "s")"
        var counts: [RuleID: [Severity: Int]] = [:]
        for diagnostic in results.flatMap(\.diagnostics) {
            counts[diagnostic.ruleID, default: [:]][diagnostic.severity, default: 0] += 1
        }
        guard !counts.isEmpty else {
            text = "no findings in \(files)\n"
            return
        }
        let severities: [Severity] = [.error, .warning, .note]
        let rows = counts.sorted { lhs, rhs in
            for severity in severities where lhs.value[severity, default: 0] != rhs.value[severity, default: 0] {
                return lhs.value[severity, default: 0] > rhs.value[severity, default: 0]
            }
            return lhs.key < rhs.key
        }
        let summary = LintSummary(results)
        let nameWidth = max("rule".count, rows.map { $0.key.rawValue.count }.max() ?? 0)
        func cells(_ values: [Severity: Int]) -> String {
            severities.map { severity in
                let value = values[severity, default: 0]
                let cell = value == 0 ? "-" : String(value)
                let padded = String(repeating: " ", count: max(0, severity.rawValue.count - cell.count)) + cell
                return "  " + (value == 0 ? padded : style.severity(severity, padded))
            }.joined()
        }
        func name(_ text: String) -> String { text + String(repeating: " ", count: nameWidth - text.count) }
        var output = style.bold(name("rule") + severities.map { "  " + $0.rawValue }.joined()) + "\n"
        for (rule, values) in rows { output += name(rule.rawValue) + cells(values) + "\n" }
        func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }
        output +=
            style.bold(
                "\(count(summary.errors, "error")), \(count(summary.warnings, "warning")), "
                    + "\(count(summary.notes, "note")) in \(files)") + "\n"
        text = output
    }
}
