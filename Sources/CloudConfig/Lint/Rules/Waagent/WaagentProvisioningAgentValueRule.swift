/// `Provisioning.Agent` is not one of its four values (``AgentFinding/Code/provisioningAgentValue``).
struct WaagentProvisioningAgentValueRule: AgentFindingRule {
    let code = AgentFinding.Code.provisioningAgentValue
    let definition = RuleDescription(
        id: .waagentProvisioningAgentValue, family: .waagent, defaultSeverity: .error,
        summary: "Provisioning.Agent is not auto, waagent, cloud-init or disabled",
        rationale: "The agent compares Provisioning.Agent case-sensitively with auto, waagent, cloud-init and "
            + "disabled. Any other value, a typo or another case included (`cloudinit`, `Cloud-Init`), "
            + "silently disables provisioning: the VM reports Ready with no admin user, no password and no "
            + "SSH key.",
        triggeringExamples: [
            RuleExample(
                "Provisioning.Agent=1️⃣cloudinit\n", message: "did you mean 'cloud-init'?",
                corrected: "Provisioning.Agent=cloud-init\n"),
            RuleExample(
                "Provisioning.Agent=1️⃣Auto\n",
                message: "the agent disables provisioning and the VM reports Ready with no user",
                corrected: "Provisioning.Agent=auto\n"),
        ],
        nonTriggeringExamples: ["Provisioning.Agent=cloud-init\n", "Provisioning.Agent=disabled\n"],
        fixSafety: .perFix(
            "a value that differs from an allowed one only in case (Cloud-Init) is that value and is rewritten; "
                + "any other closest value is a guess and stays a suggestion"))
}
