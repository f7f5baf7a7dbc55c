/// A line with no `=` that is not a comment (``AgentFinding/Code/ignoredLine``).
struct WaagentIgnoredLineRule: AgentFindingRule {
    let code = AgentFinding.Code.ignoredLine
    let definition = RuleDescription(
        id: .waagentIgnoredLine, family: .waagent, defaultSeverity: .warning,
        summary: "A waagent.conf line without '=' that the agent ignores",
        rationale: "The agent ignores a line that has no `=` and does not start with `#`. For a line that names "
            + "a key (`ResourceDisk.Format y`, `ResourceDisk.Format: y`), the setting is lost; other stray "
            + "text is only noted.",
        triggeringExamples: [
            RuleExample("1️⃣ResourceDisk.Format y\n", message: "'ResourceDisk.Format' keeps its default"),
            RuleExample("1️⃣Azure Linux Agent settings\n", message: "the line has no '=' and is not a comment"),
        ],
        nonTriggeringExamples: ["# Azure Linux Agent settings\n\nResourceDisk.Format=y\n"])
}
