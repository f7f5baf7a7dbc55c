/// A value that differs from the distribution's shipped waagent.conf (``AgentFinding/Code/differsFromBaseline``).
struct WaagentDiffersFromBaselineRule: AgentFindingRule {
    let code = AgentFinding.Code.differsFromBaseline
    let definition = RuleDescription(
        id: .waagentDiffersFromBaseline, family: .waagent, defaultSeverity: .note,
        summary: "A waagent.conf value that differs from the distribution's shipped file",
        rationale: "With `--distro`, the file is compared with the waagent.conf the distribution's package "
            + "ships: each setting that differs is noted where it is made, and the shipped settings the "
            + "file leaves out (so the agent's defaults apply instead) are noted together at its start. "
            + "Intended changes (Provisioning.Agent, the resource disk) are expected; the others deserve a "
            + "look.",
        triggeringExamples: [
            RuleExample(
                "1️⃣# image settings\n2️⃣ResourceDisk.MountPoint=/mnt/resource\n", message: "the ubuntu file ships")
        ],
        exampleDistro: "ubuntu-24.04")
}
