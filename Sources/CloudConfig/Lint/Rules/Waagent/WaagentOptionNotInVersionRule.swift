/// A key the target agent version does not read (``AgentFinding/Code/optionNotInVersion``).
struct WaagentOptionNotInVersionRule: AgentFindingRule {
    let code = AgentFinding.Code.optionNotInVersion
    let definition = RuleDescription(
        id: .waagentOptionNotInVersion, family: .waagent, defaultSeverity: .warning,
        summary: "A waagent.conf key the target agent version does not read",
        rationale: "Keys come and go between agent releases: 2.15 reads Extensions.WaitForCloudInit, which "
            + "Debian 12's 2.7.3 ignores, and no longer reads some keys 2.7.3 did. The key does nothing "
            + "with the agent the image ships (`--agent-version`, `--distro`).",
        triggeringExamples: [
            RuleExample(
                "1️⃣Extensions.GoalStateHistoryCleanupPeriod=1800\n",
                message: "agent 2.15 does not read 'Extensions.GoalStateHistoryCleanupPeriod' and ignores it")
        ],
        nonTriggeringExamples: ["Extensions.WaitForCloudInit=y\n"])
}
