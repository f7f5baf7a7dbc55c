/// A key no agent reads (``AgentFinding/Code/unknownOption``).
struct WaagentUnknownOptionRule: AgentFindingRule {
    let code = AgentFinding.Code.unknownOption
    let definition = RuleDescription(
        id: .waagentUnknownOption, family: .waagent, defaultSeverity: .warning,
        summary: "A waagent.conf key no agent reads",
        rationale: "The agent stores every `key=value` line and reads only the keys it knows, case-sensitively; "
            + "a misspelt or wrongly cased key (`resourcedisk.format`) is ignored without a word, so its "
            + "setting silently keeps the agent's default.",
        triggeringExamples: [
            RuleExample(
                "1️⃣ResourceDisk.Fromat=y\n", message: "did you mean 'ResourceDisk.Format'?",
                corrected: "ResourceDisk.Format=y\n"),
            RuleExample(
                "1️⃣resourcedisk.format=n\n", message: "keys are case-sensitive: did you mean 'ResourceDisk.Format'?",
                corrected: "ResourceDisk.Format=n\n"),
            RuleExample("1️⃣=y\n", message: "the line has no key before '='"),
        ],
        nonTriggeringExamples: ["ResourceDisk.Format=n\n"],
        fixSafety: .perFix(
            "a key that differs from one the agent reads only in case is renamed to it; any other did-you-mean "
                + "is a guess and stays a suggestion"))
}
