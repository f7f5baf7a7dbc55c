/// Quotes around a value (``AgentFinding/Code/quotedValue``).
struct WaagentQuotedValueRule: AgentFindingRule {
    let code = AgentFinding.Code.quotedValue
    let definition = RuleDescription(
        id: .waagentQuotedValue, family: .waagent, defaultSeverity: .warning,
        summary: "Quotes around a waagent.conf value",
        rationale: "The agent strips double quotes around a value (so they are only noise) but keeps single "
            + "quotes as part of it: `ResourceDisk.MountPoint='/mnt'` mounts on a directory named `'/mnt'`. "
            + "A double quote left before a trailing CR or space stays in the value as well.",
        triggeringExamples: [
            RuleExample(
                "ResourceDisk.MountPoint=1️⃣\"/mnt/resource\"\n", message: "the agent strips the double quotes",
                corrected: "ResourceDisk.MountPoint=/mnt/resource\n"),
            RuleExample(
                "ResourceDisk.MountPoint=1️⃣'/mnt'\n", message: "the agent keeps single quotes",
                corrected: "ResourceDisk.MountPoint=/mnt\n"),
        ],
        nonTriggeringExamples: ["ResourceDisk.MountPoint=/mnt/resource\n"],
        fixSafety: .perFix(
            "double quotes around a whole value are removed: the agent strips them already, so it reads the same "
                + "value; removing single quotes changes the value the agent reads and stays a suggestion"))
}
