/// The owner (user or group) of a file, directory or link in an Ignition config: by numeric id or
/// by name, never both (Ignition refuses both).
public enum IgnitionOwner: Sendable, Hashable {
    /// A numeric id.
    case id(Int)
    /// A name, resolved in the new system's `/etc/passwd` or `/etc/group`.
    case name(String)
}
