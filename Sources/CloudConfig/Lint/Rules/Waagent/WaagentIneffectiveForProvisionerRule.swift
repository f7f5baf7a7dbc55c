/// A key only agent provisioning reads, set while another provisioner is chosen (``AgentFinding/Code/ineffectiveForProvisioner``).
struct WaagentIneffectiveForProvisionerRule: AgentFindingRule {
    let code = AgentFinding.Code.ineffectiveForProvisioner
    let definition = RuleDescription(
        id: .waagentIneffectiveForProvisioner, family: .waagent, defaultSeverity: .warning,
        summary: "A waagent.conf key that does nothing for the chosen provisioner",
        rationale: "Provisioning.DecodeCustomData, ExecuteCustomData and the password settings are read only "
            + "when the agent itself provisions. With Provisioning.Agent=cloud-init cloud-init consumes the "
            + "custom data, and with disabled nothing does: the setting suggests an effect it does not have "
            + "(ExecuteCustomData=y is a warning, the rest notes).",
        triggeringExamples: [
            RuleExample(
                "Provisioning.Agent=cloud-init\n1️⃣Provisioning.ExecuteCustomData=y\n",
                message: "only agent provisioning reads Provisioning.ExecuteCustomData")
        ],
        nonTriggeringExamples: ["Provisioning.Agent=waagent\nProvisioning.ExecuteCustomData=y\n"])
}
