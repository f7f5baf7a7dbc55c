/// Whether an image is generalized (deprovisioned, provisioned anew on every VM) or specialized
/// (a copy of one machine, nothing provisioned); named as an Azure Compute Gallery image
/// definition names them.
public enum OSState: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Deprovisioned before capture; each VM gets a hostname, an admin user and customData.
    case generalized = "Generalized"
    /// Captured as is; no osProfile is passed and `Provisioning.Agent` is `disabled`.
    case specialized = "Specialized"

    /// The state as Azure writes it: `Generalized` or `Specialized`.
    public var description: String { rawValue }
}
