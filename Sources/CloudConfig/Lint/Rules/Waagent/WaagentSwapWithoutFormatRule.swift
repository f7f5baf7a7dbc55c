/// `ResourceDisk.EnableSwap=y` without `ResourceDisk.Format=y` (``AgentFinding/Code/swapWithoutFormat``).
struct WaagentSwapWithoutFormatRule: AgentFindingRule {
    let code = AgentFinding.Code.swapWithoutFormat
    let definition = RuleDescription(
        id: .waagentSwapWithoutFormat, family: .waagent, defaultSeverity: .warning,
        summary: "ResourceDisk.EnableSwap=y without ResourceDisk.Format=y",
        rationale: "The agent makes its swap file on the resource disk only when it formats and mounts that disk "
            + "itself; with ResourceDisk.Format=n (or unset, whose default is n) EnableSwap does nothing. "
            + "When cloud-init provisions, describe swap in cloud-config instead.",
        triggeringExamples: [
            RuleExample(
                "ResourceDisk.Format=n\n1️⃣ResourceDisk.EnableSwap=y\nResourceDisk.SwapSizeMB=2048\n",
                message: "ResourceDisk.EnableSwap acts only when ResourceDisk.Format is y")
        ],
        nonTriggeringExamples: ["ResourceDisk.Format=y\nResourceDisk.EnableSwap=y\nResourceDisk.SwapSizeMB=2048\n"])
}
