/// `Extensions.WaitForCloudInitTimeout` given a number, which the agent ignores (``AgentFinding/Code/waitForCloudInitTimeoutNumber``).
struct WaagentWaitForCloudInitTimeoutRule: AgentFindingRule {
    let code = AgentFinding.Code.waitForCloudInitTimeoutNumber
    let definition = RuleDescription(
        id: .waagentWaitForCloudInitTimeout, family: .waagent, defaultSeverity: .warning,
        summary: "Extensions.WaitForCloudInitTimeout given a number the agent ignores",
        rationale: "Agent 2.15 reads Extensions.WaitForCloudInitTimeout with its switch accessor, so a number is "
            + "not y or n and the wait stays 3600 seconds whatever the file says.",
        triggeringExamples: [
            RuleExample(
                "Extensions.WaitForCloudInitTimeout=1️⃣600\n", message: "'600' does not change the wait")
        ],
        nonTriggeringExamples: ["Extensions.WaitForCloudInit=y\n"])
}
