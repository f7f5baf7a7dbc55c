/// A key set more than once (``AgentFinding/Code/duplicateOption``).
struct WaagentDuplicateOptionRule: AgentFindingRule {
    let code = AgentFinding.Code.duplicateOption
    let definition = RuleDescription(
        id: .waagentDuplicateOption, family: .waagent, defaultSeverity: .warning,
        summary: "A waagent.conf key set more than once",
        rationale: "The agent keeps the last value of a key. Vendor guides append lines such as "
            + "`Provisioning.Agent=auto` to a file that already sets the key, so which one wins depends on "
            + "the order, and the earlier line misleads whoever reads the file.",
        triggeringExamples: [
            RuleExample(
                "1️⃣ResourceDisk.Format=y\nResourceDisk.Format=n\n",
                message: "'ResourceDisk.Format' is set again on line 2: the agent uses the last value, 'n'",
                corrected: "ResourceDisk.Format=n\n")
        ],
        nonTriggeringExamples: ["ResourceDisk.Format=n\nResourceDisk.EnableSwap=n\n"],
        fixSafety: .safe("the line deleted is one the agent never uses: it keeps the last value of a key"))
}
