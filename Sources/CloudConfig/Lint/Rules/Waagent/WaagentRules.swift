/// The waagent.conf rules, one per kind of finding of the agent layer (``AgentFinding/Code``), in
/// the order `cloudcfg rules` lists them.
enum WaagentRules {
    /// Every waagent.conf rule.
    static let all: [any AgentFindingRule] = [
        WaagentEmptyFileRule(),
        WaagentInvalidEncodingRule(),
        WaagentInputTooLargeRule(),
        WaagentByteOrderMarkRule(),
        WaagentUnknownOptionRule(),
        WaagentOptionNotInVersionRule(),
        WaagentObsoleteOptionRule(),
        WaagentListedOnlyOptionRule(),
        WaagentSwitchValueRule(),
        WaagentIntValueRule(),
        WaagentProvisioningAgentValueRule(),
        WaagentEnumerationValueRule(),
        WaagentEmptyValueRule(),
        WaagentInlineHashRule(),
        WaagentIndentedCommentRule(),
        WaagentIgnoredLineRule(),
        WaagentDuplicateOptionRule(),
        WaagentQuotedValueRule(),
        WaagentEqualsInValueRule(),
        WaagentSwapWithoutFormatRule(),
        WaagentSwapWithoutSizeRule(),
        WaagentResourceDiskWithCloudInitRule(),
        WaagentIneffectiveForProvisionerRule(),
        WaagentWaitForCloudInitTimeoutRule(),
        WaagentDiffersFromBaselineRule(),
    ]
}
