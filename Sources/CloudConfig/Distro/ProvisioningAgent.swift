/// The values of waagent.conf's `Provisioning.Agent`, exactly as the agent compares them
/// (case-sensitive); any other text silently disables provisioning.
public enum ProvisioningAgent: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Detect cloud-init and defer to it, else provision with the agent; fragile, never emitted.
    case auto
    /// The agent provisions.
    case waagent
    /// cloud-init provisions; the agent waits for its copy of ovf-env.xml.
    case cloudInit = "cloud-init"
    /// Nobody provisions: the agent reports Ready at once (specialized images).
    case disabled

    /// The value as waagent.conf spells it.
    public var description: String { rawValue }

    /// The setting to write in waagent.conf.
    public var setting: AgentSetting { AgentSetting("Provisioning.Agent", .string(rawValue)) }
}
