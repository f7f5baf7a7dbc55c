/// When something changed in cloud-init, as precisely as it is known.
public enum VersionBound: Sendable, Hashable, CustomStringConvertible {
    /// In exactly this release.
    case exactly(CloudInitVersion)
    /// In some release after this one; which one is not known.
    case after(CloudInitVersion)

    /// Whether a target release already has the change.
    ///
    /// - Parameter target: The release the configuration is for.
    /// - Returns: `true` when the target is at or past the change; for `.after(v)`, any release
    ///   newer than `v` is assumed to have it.
    public func isReached(by target: CloudInitVersion) -> Bool {
        switch self {
        case .exactly(let version): target >= version
        case .after(let version): target > version
        }
    }

    /// `24.1`, or `a release after 22.4.2`.
    public var description: String {
        switch self {
        case .exactly(let version): version.description
        case .after(let version): "a release after \(version)"
        }
    }
}
