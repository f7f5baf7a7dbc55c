/// An entry of `passwd.users`: an account Ignition creates or changes on first boot.
public struct IgnitionUser: Sendable, Hashable {
    /// The login name.
    public var name: String
    /// A crypt(3) password hash, such as `$6$...`; never a plain-text password.
    public var passwordHash: String?
    /// Public keys appended to `~/.ssh/authorized_keys` (Ignition writes them to a fragment).
    public var sshAuthorizedKeys: [String]
    /// The numeric user id.
    public var uid: Int?
    /// The comment (full name) field.
    public var gecos: String?
    /// The home directory.
    public var homeDir: String?
    /// Whether to create no home directory.
    public var noCreateHome: Bool?
    /// The primary group.
    public var primaryGroup: String?
    /// Supplementary groups, such as `sudo` or `docker`.
    public var groups: [String]
    /// Whether to create no group named after the user.
    public var noUserGroup: Bool?
    /// Whether to add no entry to the login records.
    public var noLogInit: Bool?
    /// The login shell.
    public var shell: String?
    /// Whether it is a system account.
    public var system: Bool?

    /// Creates a user.
    ///
    /// - Parameters:
    ///   - name: The login name.
    ///   - passwordHash: A crypt(3) hash.
    ///   - sshAuthorizedKeys: Public keys.
    ///   - uid: The user id.
    ///   - gecos: The comment field.
    ///   - homeDir: The home directory.
    ///   - noCreateHome: Whether to create no home directory.
    ///   - primaryGroup: The primary group.
    ///   - groups: Supplementary groups.
    ///   - noUserGroup: Whether to create no user group.
    ///   - noLogInit: Whether to add no login record.
    ///   - shell: The login shell.
    ///   - system: Whether it is a system account.
    public init(
        name: String, passwordHash: String? = nil, sshAuthorizedKeys: [String] = [], uid: Int? = nil,
        gecos: String? = nil, homeDir: String? = nil, noCreateHome: Bool? = nil, primaryGroup: String? = nil,
        groups: [String] = [], noUserGroup: Bool? = nil, noLogInit: Bool? = nil, shell: String? = nil,
        system: Bool? = nil
    ) {
        self.name = name
        self.passwordHash = passwordHash
        self.sshAuthorizedKeys = sshAuthorizedKeys
        self.uid = uid
        self.gecos = gecos
        self.homeDir = homeDir
        self.noCreateHome = noCreateHome
        self.primaryGroup = primaryGroup
        self.groups = groups
        self.noUserGroup = noUserGroup
        self.noLogInit = noLogInit
        self.shell = shell
        self.system = system
    }
}

/// An entry of `passwd.groups`: a group Ignition creates on first boot.
public struct IgnitionGroup: Sendable, Hashable {
    /// The group name.
    public var name: String
    /// The numeric group id.
    public var gid: Int?
    /// A crypt(3) hash for the group password.
    public var passwordHash: String?
    /// Whether it is a system group.
    public var system: Bool?

    /// Creates a group.
    ///
    /// - Parameters:
    ///   - name: The name.
    ///   - gid: The group id.
    ///   - passwordHash: A crypt(3) hash.
    ///   - system: Whether it is a system group.
    public init(name: String, gid: Int? = nil, passwordHash: String? = nil, system: Bool? = nil) {
        self.name = name
        self.gid = gid
        self.passwordHash = passwordHash
        self.system = system
    }
}
