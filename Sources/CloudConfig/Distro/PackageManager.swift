/// The package manager an image is maintained with.
public enum PackageManager: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Debian and Ubuntu.
    case apt
    /// RHEL 8 and later, Oracle Linux 8 and later.
    case dnf
    /// RHEL and CentOS 7.
    case yum
    /// Azure Linux (a dnf-compatible manager).
    case tdnf
    /// SLES and openSUSE.
    case zypper
    /// None: Flatcar's `/usr` is read-only and updated as a whole.
    case none

    /// The command's name; `none` for an image without one.
    public var description: String { rawValue }

    /// The family: `apt`, `dnf-yum` (dnf, yum, tdnf), `zypper` or `none`.
    public var family: String {
        switch self {
        case .apt: "apt"
        case .dnf, .yum, .tdnf: "dnf-yum"
        case .zypper: "zypper"
        case .none: "none"
        }
    }
}
