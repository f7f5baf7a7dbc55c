extension Linter {
    /// Lints a waagent.conf: reads it as the configured agent version does, runs the agent
    /// layer's analysis once (compared with the configured distribution's shipped file, if any),
    /// and lets the waagent rules report its findings.
    func lintAgentConfiguration(_ source: SourceFile) -> LintResult {
        let context = makeAgentContext(source)
        // The agent cannot read a file that is not UTF-8, and cloudcfg does not read one that is
        // too large: nothing else can be said about it.
        let unreadable =
            switch context.agent?.configuration.status {
            case .invalidEncoding?, .tooLarge?: true
            case .readable?, .empty?, nil: false
            }
        return LintResult(
            path: source.path, kind: .unknown, diagnostics: run(context), isUnparsable: unreadable, inputKind: .waagent,
            source: source)
    }

    /// Reads a waagent.conf and analyses it once for the waagent rules.
    func makeAgentContext(_ source: SourceFile) -> LintContext {
        let file = AgentConfiguration(source)
        let analysis = AgentAnalysis(version: configuration.agentVersion, baseline: configuration.distro?.agentBaseline)
        let input = AgentInput(configuration: file, findings: analysis.findings(in: file))
        return LintContext(
            source: source, kind: .unknown, header: HeaderAnalysis(source), isCloudConfig: false, stream: nil,
            document: nil, target: configuration.target, catalog: catalog, schemaFindings: [], paths: nil,
            knownRules: knownRuleIDs, inputKind: .waagent, agent: input)
    }
}

/// A waagent.conf as the waagent rules see it: the file as the agent reads it and what the agent
/// layer found in it (``AgentAnalysis``), computed once for all the rules.
package struct AgentInput: Sendable {
    /// The file, read as the agent reads it.
    package let configuration: AgentConfiguration
    /// What the analysis found, sorted by position.
    package let findings: [AgentFinding]
}
