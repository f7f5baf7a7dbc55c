/// The waagent.conf is not UTF-8 (``AgentFinding/Code/invalidEncoding``).
struct WaagentInvalidEncodingRule: AgentFindingRule {
    let code = AgentFinding.Code.invalidEncoding
    let definition = RuleDescription(
        id: .waagentInvalidEncoding, family: .waagent, defaultSeverity: .error,
        summary: "The waagent.conf is not UTF-8",
        rationale: "The agent decodes its configuration as UTF-8 and stops on the first byte that does not "
            + "decode: it does not start. Editors on Windows may save the file as UTF-16 or in a legacy "
            + "code page.")
}
