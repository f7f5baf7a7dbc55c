/// A text key set to nothing (``AgentFinding/Code/emptyValue``).
struct WaagentEmptyValueRule: AgentFindingRule {
    let code = AgentFinding.Code.emptyValue
    let definition = RuleDescription(
        id: .waagentEmptyValue, family: .waagent, defaultSeverity: .warning,
        summary: "A waagent.conf text key set to nothing",
        rationale: "`Key=` stores the empty string, which the agent uses as it is instead of the key's default: "
            + "an empty ResourceDisk.MountPoint or Lib.Dir makes it work in the current directory. Write "
            + "`None`, or leave the key out, to get the default.",
        triggeringExamples: [
            RuleExample(
                "1️⃣ResourceDisk.MountPoint=\n", message: "the agent uses the empty value for ResourceDisk.MountPoint")
        ],
        nonTriggeringExamples: ["ResourceDisk.MountPoint=None\n"])
}
