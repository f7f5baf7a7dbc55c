/// `ResourceDisk.EnableSwap=y` without a swap size (``AgentFinding/Code/swapWithoutSize``).
struct WaagentSwapWithoutSizeRule: AgentFindingRule {
    let code = AgentFinding.Code.swapWithoutSize
    let definition = RuleDescription(
        id: .waagentSwapWithoutSize, family: .waagent, defaultSeverity: .warning,
        summary: "ResourceDisk.EnableSwap=y without a positive ResourceDisk.SwapSizeMB",
        rationale: "The swap file's size is ResourceDisk.SwapSizeMB, 0 by default; without a positive size (or "
            + "with one the agent cannot parse) no swap file is made.",
        triggeringExamples: [
            RuleExample(
                "ResourceDisk.Format=y\n1️⃣ResourceDisk.EnableSwap=y\n",
                message: "ResourceDisk.SwapSizeMB must be a positive number of MiB")
        ],
        nonTriggeringExamples: ["ResourceDisk.Format=y\nResourceDisk.EnableSwap=y\nResourceDisk.SwapSizeMB=4096\n"])
}
