/// A key no current agent reads any more (``AgentFinding/Code/obsoleteOption``).
struct WaagentObsoleteOptionRule: AgentFindingRule {
    let code = AgentFinding.Code.obsoleteOption
    let definition = RuleDescription(
        id: .waagentObsoleteOption, family: .waagent, defaultSeverity: .warning,
        summary: "A waagent.conf key no current agent reads",
        rationale: "Shipped files and vendor documentation still carry keys that current agents ignore: "
            + "Provisioning.Enabled and Provisioning.UseCloudInit (replaced by Provisioning.Agent), "
            + "LBProbeResponder, Role.*, Home.Dir. A setting made with them does nothing, and the "
            + "provisioner is the one Provisioning.Agent says.",
        triggeringExamples: [
            RuleExample(
                "1️⃣Provisioning.Enabled=n\nProvisioning.Agent=cloud-init\n",
                message: "the agent ignores 'Provisioning.Enabled'",
                corrected: "#Provisioning.Enabled=n\nProvisioning.Agent=cloud-init\n"),
            RuleExample(
                "1️⃣LBProbeResponder=y\n", message: "the agent ignores 'LBProbeResponder'",
                corrected: "#LBProbeResponder=y\n"),
        ],
        nonTriggeringExamples: ["Provisioning.Agent=cloud-init\n"],
        fixSafety: .safe(
            "the agent no longer reads the key, so commenting the line out changes nothing and keeps what it said"))
}
