/// A rule that reports one kind of finding of the Jinja layer (a ``JinjaFinding/Code``) about a
/// template: parsing, the names it uses, rendering it with `--instance-data`.
///
/// The Jinja layer reports codes and knows no rules; each code has its own rule here. A finding
/// with a suggestion (a did-you-mean) offers it as a fix.
protocol JinjaFindingRule: LintRule {
    /// The code whose findings the rule reports.
    var code: JinjaFinding.Code { get }
}

extension JinjaFindingRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        context.userData.jinjaFindings.filter { $0.code == code }.map { finding in
            diagnostic(
                Diagnostic.Message(finding.message), at: finding.range,
                fixIts: finding.suggestion.map { suggestion in
                    [
                        FixIt(
                            message: "write '\(suggestion)'",
                            edits: [TextEdit(range: finding.range, replacement: suggestion)],
                            isSafe: definition.fixSafety?.verdict == .safe)
                    ]
                } ?? [], severity: finding.severity)
        }
    }
}
