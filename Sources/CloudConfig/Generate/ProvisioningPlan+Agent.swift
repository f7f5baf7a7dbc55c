extension ProvisioningPlan {
    /// The waagent.conf settings the plan changes in the distribution's shipped file:
    /// `Provisioning.Agent` for the provisioner and image state, the resource disk left to
    /// cloud-init where cloud-init provisions (``DistroProfile/agentOverrides(for:)``), and where
    /// the agent owns the resource disk (the agent or Ignition provisions), the plan's layout:
    /// format it as ext4, mount it, and make swap of the given size or none.
    public var agentOverrides: [AgentSetting] {
        var settings = distro.agentOverrides(for: image.osState)
        guard provisioner != .cloudInit, let disk = parameters.resourceDisk else { return settings }
        settings.append(AgentSetting("ResourceDisk.Format", .bool(true)))
        settings.append(AgentSetting("ResourceDisk.MountPoint", .string(disk.mountPoint ?? "/mnt/resource")))
        if let megabytes = disk.swap?.megabytes {
            settings.append(AgentSetting("ResourceDisk.EnableSwap", .bool(true)))
            settings.append(AgentSetting("ResourceDisk.SwapSizeMB", .int(megabytes)))
        } else {
            settings.append(AgentSetting("ResourceDisk.EnableSwap", .bool(false)))
        }
        return settings
    }

    /// Whether the plan changes the agent's settings beyond what the image must carry anyway
    /// (the provisioner): on Flatcar, only then is waagent.conf delivered through Ignition.
    public var customizesAgent: Bool { provisioner != .cloudInit && parameters.resourceDisk != nil }

    /// The image's waagent.conf: the shipped file without its dead keys, with ``agentOverrides``,
    /// for the agent version the distribution ships, and a header saying why `Provisioning.Agent`
    /// has its value.
    ///
    /// - Returns: The file's text.
    /// - Throws: ``AgentRenderError`` if a setting cannot be written as the agent would read it.
    public func renderAgentConfiguration() throws(AgentRenderError) -> String {
        let baseline = distro.agentBaseline
        let why: String
        switch (isProvisioned, provisioner) {
        case (false, _): why = "a specialized image is not provisioned; the agent reports Ready at once"
        case (true, .cloudInit):
            why = "cloud-init provisions; the agent waits for it and leaves the resource disk to it"
        case (true, .waagent): why = "the agent provisions from the VM's osProfile"
        case (true, .ignition):
            why = "Ignition applies the config; the agent creates the osProfile admin and reports Ready"
        }
        let header = [
            "waagent.conf for \(distro.name), written by cloudcfg.",
            "Provisioning.Agent=\(provisioningAgent): \(why).",
        ]
        return try AgentRenderer(version: baseline?.agentVersion ?? .newest)
            .render(baseline: baseline, overrides: agentOverrides, header: header)
    }
}
