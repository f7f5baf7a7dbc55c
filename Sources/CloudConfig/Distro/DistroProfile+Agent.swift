extension DistroProfile {
    /// The `Provisioning.Agent` value the image's waagent.conf must carry.
    ///
    /// - Parameter state: Whether the image is generalized or specialized.
    /// - Returns: `cloud-init` or `waagent` by provisioner; `disabled` for a specialized image.
    public func provisioningAgent(for state: OSState) -> ProvisioningAgent {
        provisioner.value.provisioningAgent(for: state)
    }

    /// The settings cloudcfg changes in the shipped waagent.conf: `Provisioning.Agent`, always
    /// explicit, and — when cloud-init provisions — the resource disk left to cloud-init
    /// (`ResourceDisk.Format=n`, `ResourceDisk.EnableSwap=n`).
    ///
    /// - Parameter state: Whether the image is generalized or specialized.
    /// - Returns: The settings, to pass as overrides to ``AgentRenderer``.
    public func agentOverrides(for state: OSState) -> [AgentSetting] {
        var settings = [provisioningAgent(for: state).setting]
        if provisioner.value == .cloudInit {
            settings.append(AgentSetting("ResourceDisk.Format", .bool(false)))
            settings.append(AgentSetting("ResourceDisk.EnableSwap", .bool(false)))
        }
        return settings
    }

    /// Renders the image's waagent.conf: the shipped file without its dead keys, with
    /// ``agentOverrides(for:)`` applied, for the agent version the image ships.
    ///
    /// - Parameters:
    ///   - state: Whether the image is generalized or specialized.
    ///   - header: Comment lines written first.
    /// - Returns: The file's text.
    /// - Throws: ``AgentRenderError`` if a setting cannot be written as the agent would read it.
    public func renderAgentConfiguration(for state: OSState, header: [String] = []) throws(AgentRenderError) -> String {
        let baseline = agentBaseline
        return try AgentRenderer(version: baseline?.agentVersion ?? .newest)
            .render(baseline: baseline, overrides: agentOverrides(for: state), header: header)
    }
}
