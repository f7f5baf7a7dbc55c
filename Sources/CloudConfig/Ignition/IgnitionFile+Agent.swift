extension IgnitionFile {
    /// A customised waagent.conf for a distribution whose agent configuration is delivered
    /// through Ignition (Flatcar): a file at the path the agent reads (`/etc/waagent.conf`,
    /// which the agent's unit then leaves alone instead of linking the shipped file), mode 0644,
    /// replacing whatever is there.
    ///
    /// - Parameters:
    ///   - text: The file's text, as ``AgentRenderer`` writes it.
    ///   - profile: The distribution.
    /// - Returns: The file entry, or `nil` when the distribution's image carries its waagent.conf
    ///   itself.
    public static func agentConfiguration(_ text: String, for profile: DistroProfile) -> IgnitionFile? {
        guard profile.agent.delivery == .ignitionStorageFile else { return nil }
        return .text(profile.agent.configurationPath.value, text, mode: 0o644, overwrite: true)
    }
}
