/// A second `=` in a line (``AgentFinding/Code/equalsInValue``).
struct WaagentEqualsInValueRule: AgentFindingRule {
    let code = AgentFinding.Code.equalsInValue
    let definition = RuleDescription(
        id: .waagentEqualsInValue, family: .waagent, defaultSeverity: .warning,
        summary: "A second '=' in a waagent.conf line",
        rationale: "The agent splits a line at its first `=` and keeps the rest, later `=` included, as the "
            + "value. That is rarely meant (Azure/WALinuxAgent#1001 calls it unsupported); "
            + "ResourceDisk.MountOptions, whose options take `=`, is exempt.",
        triggeringExamples: [
            RuleExample("HttpProxy.Host=1️⃣proxy=internal\n", message: "the agent reads 'proxy=internal'")
        ],
        nonTriggeringExamples: ["ResourceDisk.MountOptions=uid=1000,gid=1000\n"])
}
