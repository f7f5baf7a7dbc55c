/// A `#` in a value, where the agent cuts it (``AgentFinding/Code/inlineHash``).
struct WaagentInlineHashRule: AgentFindingRule {
    let code = AgentFinding.Code.inlineHash
    let definition = RuleDescription(
        id: .waagentInlineHash, family: .waagent, defaultSeverity: .warning,
        summary: "A # in a waagent.conf value: the agent cuts the value there",
        rationale: "The agent cuts every value at its first `#`: a trailing comment is dropped (harmless, but a "
            + "comment belongs on its own line), and a value that contains `#` (a password hash, a proxy "
            + "URL fragment) is silently shortened.",
        triggeringExamples: [
            RuleExample(
                "ResourceDisk.MountPoint=/mnt/resource 1️⃣# data disk\n", message: "so this comment is dropped",
                corrected: "# data disk\nResourceDisk.MountPoint=/mnt/resource\n"),
            RuleExample(
                "HttpProxy.Host=proxy1️⃣#2\n", message: "it reads 'HttpProxy.Host' as 'proxy'",
                corrected: "HttpProxy.Host=proxy\n"),
        ],
        nonTriggeringExamples: ["# data disk\nResourceDisk.MountPoint=/mnt/resource\n"],
        fixSafety: .perFix(
            "a comment after a value moves to a line of its own, where the agent ignores it as before, and is "
                + "applied; text after a '#' inside a value (proxy#2) was meant as part of it, so removing it is "
                + "a suggestion"))
}
