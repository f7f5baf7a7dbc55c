/// The waagent.conf is larger than cloudcfg reads (``AgentFinding/Code/inputTooLarge``).
struct WaagentInputTooLargeRule: AgentFindingRule {
    let code = AgentFinding.Code.inputTooLarge
    let definition = RuleDescription(
        id: .waagentInputTooLarge, family: .waagent, defaultSeverity: .error,
        summary: "The waagent.conf is larger than cloudcfg reads",
        rationale: "cloudcfg reads at most 256 KiB of waagent.conf, fifty times the largest file an agent ships; "
            + "a larger file is most likely not a waagent.conf, and reading it would only cost time.")
}
