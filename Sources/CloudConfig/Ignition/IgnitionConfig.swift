/// An Ignition v3 config for Flatcar: the parts a provisioning profile needs (users and groups,
/// files, directories, links, systemd units), typed, rendered as deterministic JSON
/// (``serialized(pretty:)``) and checked by ``validate()``.
///
/// On Azure the config is delivered as userData (Ignition reads it first) or customData, as
/// plain JSON: Ignition does not gunzip on Azure, so the config is never gzipped.
public struct IgnitionConfig: Sendable, Hashable {
    /// The spec version written in `ignition.version`.
    public var version: IgnitionVersion
    /// `passwd.users`.
    public var users: [IgnitionUser]
    /// `passwd.groups`.
    public var groups: [IgnitionGroup]
    /// `storage.files`.
    public var files: [IgnitionFile]
    /// `storage.directories`.
    public var directories: [IgnitionDirectory]
    /// `storage.links`.
    public var links: [IgnitionLink]
    /// `systemd.units`.
    public var units: [IgnitionUnit]

    /// Creates a config.
    ///
    /// - Parameters:
    ///   - version: The spec version (3.3.0 by default).
    ///   - users: Users.
    ///   - groups: Groups.
    ///   - files: Files.
    ///   - directories: Directories.
    ///   - links: Links.
    ///   - units: systemd units.
    public init(
        version: IgnitionVersion = .v330, users: [IgnitionUser] = [], groups: [IgnitionGroup] = [],
        files: [IgnitionFile] = [], directories: [IgnitionDirectory] = [], links: [IgnitionLink] = [],
        units: [IgnitionUnit] = []
    ) {
        self.version = version
        self.users = users
        self.groups = groups
        self.files = files
        self.directories = directories
        self.links = links
        self.units = units
    }
}
