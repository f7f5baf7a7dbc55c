/// A waagent.conf rule: it reports the agent layer's findings of one kind (``code``), as
/// ``AgentAnalysis`` found them once for the whole file — with the finding's own severity (a few
/// kinds are notes in some cases), its key as the key path, its notes and its fix, marked safe or
/// not as the agent layer says.
protocol AgentFindingRule: LintRule {
    /// The kind of finding the rule reports.
    var code: AgentFinding.Code { get }
}

extension AgentFindingRule {
    /// The analysis's findings of the rule's kind.
    func check(_ context: LintContext) -> [Diagnostic] {
        guard let agent = context.agent else { return [] }
        return agent.findings.filter { $0.code == code }.map { finding in
            diagnostic(
                .agentFinding(finding), at: finding.range, keyPath: finding.key.map { KeyPath.root.appending(key: $0) },
                notes: finding.notes,
                fixIts: finding.fix.map { fix in
                    [FixIt(message: fix.fixIt.message, edits: fix.fixIt.edits, isSafe: fix.isSafe)]
                } ?? [], severity: finding.severity)
        }
    }
}

extension Diagnostic.Message {
    /// The agent layer's own words: what the agent does with the line.
    fileprivate static func agentFinding(_ finding: AgentFinding) -> Self { Self(finding.message) }
}
