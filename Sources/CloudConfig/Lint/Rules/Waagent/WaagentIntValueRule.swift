/// An integer key whose value is not a decimal integer (``AgentFinding/Code/integerValue``).
struct WaagentIntValueRule: AgentFindingRule {
    let code = AgentFinding.Code.integerValue
    let definition = RuleDescription(
        id: .waagentIntValue, family: .waagent, defaultSeverity: .error,
        summary: "A waagent.conf integer that does not parse",
        rationale: "The agent reads integers with Python's `int()` and silently uses the key's default for "
            + "anything it refuses: `ResourceDisk.SwapSizeMB=2048MB` makes no swap, `0x10` and `10s` fall "
            + "back as well. A few keys are passed on as text, so a value that is not a number reaches the "
            + "program that uses it.",
        triggeringExamples: [
            RuleExample(
                "ResourceDisk.SwapSizeMB=1️⃣2048MB\n",
                message: "'2048MB' is not an integer: the agent uses the default 0",
                corrected: "ResourceDisk.SwapSizeMB=2048\n"),
            RuleExample("OS.SshClientAliveInterval=1️⃣3min\n", message: "the agent passes it on as written"),
        ],
        nonTriggeringExamples: ["ResourceDisk.SwapSizeMB=2048\nOS.SshClientAliveInterval= 180 \n"],
        fixSafety: .suggestion(
            "keeping the leading digits of a value such as 2048MB guesses the unit and the number meant"))
}
