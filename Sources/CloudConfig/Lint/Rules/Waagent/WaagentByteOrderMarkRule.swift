/// A byte order mark starts the waagent.conf (``AgentFinding/Code/byteOrderMark``).
struct WaagentByteOrderMarkRule: AgentFindingRule {
    let code = AgentFinding.Code.byteOrderMark
    let definition = RuleDescription(
        id: .waagentByteOrderMark, family: .waagent, defaultSeverity: .error,
        summary: "A byte order mark starts the waagent.conf",
        rationale: "The agent does not strip a UTF-8 byte order mark: it becomes part of the first key, which "
            + "the agent then does not know, so the first setting is silently lost.",
        triggeringExamples: [
            RuleExample(
                "1️⃣\u{FEFF}Provisioning.Agent=cloud-init\n", message: "a byte order mark starts the file",
                corrected: "Provisioning.Agent=cloud-init\n")
        ],
        nonTriggeringExamples: ["Provisioning.Agent=cloud-init\n"],
        fixSafety: .safe(
            "the mark is no character of the settings; without it the agent reads the first key by its name"))
}
