/// The program that provisions a VM from its Azure configuration on first boot: creates the
/// admin user, installs SSH keys, sets the hostname and reports Ready.
public enum Provisioner: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// cloud-init reads ovf-env.xml and user-data; the agent only runs extensions.
    case cloudInit = "cloud-init"
    /// The Azure Linux Agent provisions from ovf-env.xml; customData is at most saved or run.
    case waagent
    /// Ignition applies an Ignition config on first boot; the agent provisions the Azure side.
    case ignition

    /// The provisioner as the manifest writes it: `cloud-init`, `waagent`, `ignition`.
    public var description: String { rawValue }

    /// The `Provisioning.Agent` value waagent.conf must carry for this provisioner on a
    /// generalized image: cloud-init → `cloud-init`; waagent → `waagent`; Ignition → `waagent`
    /// (on Flatcar the agent still creates the Azure admin user and reports Ready, next to
    /// Ignition). A specialized image is `disabled` whatever the provisioner.
    ///
    /// - Parameter state: Whether the image is generalized or specialized.
    /// - Returns: The value to write.
    public func provisioningAgent(for state: OSState) -> ProvisioningAgent {
        guard state == .generalized else { return .disabled }
        switch self {
        case .cloudInit: return .cloudInit
        case .waagent, .ignition: return .waagent
        }
    }
}
