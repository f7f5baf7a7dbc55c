/// A switch whose value is not y or n (``AgentFinding/Code/switchValue``).
struct WaagentSwitchValueRule: AgentFindingRule {
    let code = AgentFinding.Code.switchValue
    let definition = RuleDescription(
        id: .waagentSwitchValue, family: .waagent, defaultSeverity: .error,
        summary: "A waagent.conf switch whose value is not y or n",
        rationale: "The agent reads switches with `get_switch`, which knows only `y` and `n` (in either case); "
            + "`yes`, `true`, `1` or `enabled` silently mean the key's default, which for most switches is "
            + "n, so `ResourceDisk.Format=yes` formats nothing.",
        triggeringExamples: [
            RuleExample(
                "ResourceDisk.Format=1️⃣yes\n",
                message: "'yes' is not y or n: the agent uses the default n for ResourceDisk.Format",
                corrected: "ResourceDisk.Format=y\n"),
            RuleExample("Logs.Verbose=1️⃣maybe\n", message: "'maybe' is not y or n"),
        ],
        nonTriggeringExamples: ["ResourceDisk.Format=y\nLogs.Verbose=N\n"],
        fixSafety: .safe(
            "yes, true, on, 1 and enabled can only mean y, and no, false, off, 0 and disabled only n; other "
                + "values get no fix"))
}
