/// The waagent.conf is empty (``AgentFinding/Code/emptyFile``).
struct WaagentEmptyFileRule: AgentFindingRule {
    let code = AgentFinding.Code.emptyFile
    let definition = RuleDescription(
        id: .waagentEmptyFile, family: .waagent, defaultSeverity: .error,
        summary: "The waagent.conf is empty",
        rationale: "The agent refuses an empty configuration file (\"Can't not parse empty configuration\") and "
            + "does not start: the VM never reports Ready and its provisioning fails. A file with only "
            + "comments or blank lines is read without complaint.",
        triggeringExamples: [
            RuleExample("1️⃣", message: "the agent refuses an empty configuration and does not start")
        ],
        nonTriggeringExamples: ["\n", "# Azure Linux Agent\n"])
}
