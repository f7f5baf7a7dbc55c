/// A value outside a key's allowed values (``AgentFinding/Code/enumerationValue``).
struct WaagentEnumerationValueRule: AgentFindingRule {
    let code = AgentFinding.Code.enumerationValue
    let definition = RuleDescription(
        id: .waagentEnumerationValue, family: .waagent, defaultSeverity: .warning,
        summary: "A waagent.conf value outside the key's allowed values",
        rationale: "Keys such as Provisioning.SshHostKeyPairType and Protocol.EndpointDiscovery take one of a "
            + "few words, compared case-sensitively; the agent passes anything else on, where it fails "
            + "later (`ssh-keygen -t RSA`) or means something else.",
        triggeringExamples: [
            RuleExample(
                "Provisioning.SshHostKeyPairType=1️⃣RSA\n", message: "'RSA' is not one of rsa, dsa, ecdsa, ed25519, auto",
                corrected: "Provisioning.SshHostKeyPairType=rsa\n")
        ],
        nonTriggeringExamples: ["Provisioning.SshHostKeyPairType=ed25519\n"],
        fixSafety: .perFix(
            "a value that differs from an allowed one only in case is that value and is rewritten; any other "
                + "closest value is a guess and stays a suggestion"))
}
