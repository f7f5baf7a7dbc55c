/// An indented `#` line with `=`, read as a key (``AgentFinding/Code/indentedComment``).
struct WaagentIndentedCommentRule: AgentFindingRule {
    let code = AgentFinding.Code.indentedComment
    let definition = RuleDescription(
        id: .waagentIndentedComment, family: .waagent, defaultSeverity: .warning,
        summary: "An indented # line that the agent reads as a setting",
        rationale: "Only a `#` in the first column starts a comment. An indented `  # Key=value` is stored as "
            + "the key `# Key`, which the agent ignores: harmless today, but it hides that the line is not "
            + "the comment it looks like, and a suppression comment written that way does not work.",
        triggeringExamples: [
            RuleExample(
                "1️⃣  # ResourceDisk.Format=y\n", message: "only a '#' in column 1 starts a comment",
                corrected: "# ResourceDisk.Format=y\n")
        ],
        nonTriggeringExamples: ["# ResourceDisk.Format=y\n"],
        fixSafety: .safe(
            "the line is meant as a comment; starting it in column 1 makes the agent read it as one, and no setting changes"
        ))
}
