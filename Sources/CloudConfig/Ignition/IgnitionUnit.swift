/// An entry of `systemd.units`: a unit Ignition writes, enables or masks.
public struct IgnitionUnit: Sendable, Hashable {
    /// A drop-in for the unit (`<name>.d/<dropin>.conf`).
    public struct Dropin: Sendable, Hashable {
        /// The file name, ending in `.conf`.
        public var name: String
        /// The contents.
        public var contents: String?

        /// Creates a drop-in.
        ///
        /// - Parameters:
        ///   - name: The file name, ending in `.conf`.
        ///   - contents: The contents.
        public init(name: String, contents: String?) {
            self.name = name
            self.contents = contents
        }
    }

    /// The unit's name with its type, such as `waagent.service`.
    public var name: String
    /// Whether to enable (`true`) or disable (`false`) the unit; `nil` leaves it.
    public var enabled: Bool?
    /// Whether to mask the unit.
    public var mask: Bool?
    /// The unit file's contents; `nil` keeps the unit the image has.
    public var contents: String?
    /// Drop-ins.
    public var dropins: [Dropin]

    /// Creates a unit.
    ///
    /// - Parameters:
    ///   - name: The unit's name with its type.
    ///   - enabled: Whether to enable or disable it.
    ///   - mask: Whether to mask it.
    ///   - contents: The unit file's contents.
    ///   - dropins: Drop-ins.
    public init(name: String, enabled: Bool? = nil, mask: Bool? = nil, contents: String? = nil, dropins: [Dropin] = [])
    {
        self.name = name
        self.enabled = enabled
        self.mask = mask
        self.contents = contents
        self.dropins = dropins
    }
}
