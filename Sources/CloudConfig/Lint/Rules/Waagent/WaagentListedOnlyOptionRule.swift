/// A key the agent lists but reads under another name (``AgentFinding/Code/listedOnlyOption``).
struct WaagentListedOnlyOptionRule: AgentFindingRule {
    let code = AgentFinding.Code.listedOnlyOption
    let definition = RuleDescription(
        id: .waagentListedOnlyOption, family: .waagent, defaultSeverity: .warning,
        summary: "A waagent.conf key the agent shows but reads under another name",
        rationale: "A few keys appear in the agent's option tables, so `waagent -show-configuration` prints "
            + "them, while the code reads the value from another key: setting the listed name changes what "
            + "is printed, not what the agent does.",
        triggeringExamples: [
            RuleExample(
                "1️⃣Debug.AutoUpdateHotfixFrequency=7200\n",
                message: "but never reads it: it reads 'Debug.SelfUpdateHotfixFrequency'",
                corrected: "Debug.SelfUpdateHotfixFrequency=7200\n")
        ],
        nonTriggeringExamples: ["Debug.SelfUpdateHotfixFrequency=7200\n"],
        fixSafety: .suggestion(
            "the key that replaced it may not take the value with the same meaning in every agent version"))
}
