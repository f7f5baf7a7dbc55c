/// One user account a cloud-config asks cloud-init to create or update: an item of `users`, or
/// `user`.
///
/// ```swift
/// var ops = UserAccount(name: "ops", groups: ["sudo", "adm"])
/// ops.lockPassword = false
/// ops.passwords[.hashedPasswd] = Password("$6$...")
/// ops.createdGroups  // ["sudo", "adm", "ops"]
/// ```
public struct UserAccount: Sendable, Hashable {
    /// The user name; `nil` for the image's default user (`default` in `users`).
    public var name: String?
    /// Supplementary groups (`groups`), in order.
    public var groups: [String]
    /// The primary group (`primary_group`); cloud-init creates it unless ``createGroups`` is false.
    public var primaryGroup: String?
    /// Whether cloud-init creates the groups named in ``groups`` and ``primaryGroup``
    /// (`create_groups`, default true).
    public var createGroups: Bool
    /// Whether cloud-init skips the group named after the user (`no_user_group`, default false).
    public var noUserGroup: Bool
    /// Whether cloud-init locks the password after setting it (`lock_passwd`, default true):
    /// a password is usable only when this is false.
    public var lockPassword: Bool
    /// The passwords given in the user's settings, by field (`passwd`, `hashed_passwd`,
    /// `plain_text_passwd`).
    public var passwords: [PasswordField: Password]
    /// Public keys for the account's `authorized_keys` (`ssh_authorized_keys`).
    public var sshAuthorizedKeys: [SSHPublicKey]
    /// The login shell (`shell`); `nil` for the distribution's default.
    public var shell: String?
    /// A sudoers rule for the account (`sudo`), such as `ALL=(ALL) NOPASSWD:ALL`; `nil` for none.
    public var sudo: String?
    /// The home directory (`homedir`); `nil` for `/home/<name>`.
    public var homeDirectory: String?
    /// The comment (full name) field (`gecos`).
    public var gecos: String?
    /// Whether it is a system account (`system`: no home directory, a system uid).
    public var isSystem: Bool

    /// The image's default user, as `- default` in `users` gives it.
    public static let defaultUser = UserAccount(name: nil)

    /// Creates an account.
    ///
    /// - Parameters:
    ///   - name: The user name, or `nil` for the image's default user.
    ///   - groups: Supplementary groups.
    ///   - primaryGroup: The primary group.
    ///   - createGroups: Whether cloud-init creates the named groups.
    ///   - noUserGroup: Whether cloud-init skips the group named after the user.
    ///   - lockPassword: Whether cloud-init locks the password.
    ///   - passwords: The passwords, by field.
    ///   - sshAuthorizedKeys: Public keys for `authorized_keys`.
    ///   - shell: The login shell.
    ///   - sudo: A sudoers rule.
    ///   - homeDirectory: The home directory.
    ///   - gecos: The comment field.
    ///   - isSystem: Whether it is a system account.
    public init(
        name: String?, groups: [String] = [], primaryGroup: String? = nil, createGroups: Bool = true,
        noUserGroup: Bool = false, lockPassword: Bool = true, passwords: [PasswordField: Password] = [:],
        sshAuthorizedKeys: [SSHPublicKey] = [], shell: String? = nil, sudo: String? = nil,
        homeDirectory: String? = nil, gecos: String? = nil, isSystem: Bool = false
    ) {
        self.name = name
        self.groups = groups
        self.primaryGroup = primaryGroup
        self.createGroups = createGroups
        self.noUserGroup = noUserGroup
        self.lockPassword = lockPassword
        self.passwords = passwords
        self.sshAuthorizedKeys = sshAuthorizedKeys
        self.shell = shell
        self.sudo = sudo
        self.homeDirectory = homeDirectory
        self.gecos = gecos
        self.isSystem = isSystem
    }

    /// The password hash given for the account (`hashed_passwd` or `passwd`), if any.
    public var passwordHash: PasswordHash? {
        for field in [PasswordField.hashedPasswd, .passwd] {
            if case .hash(let hash) = passwords[field] { return hash }
        }
        return nil
    }

    /// Whether the account is the image's default user.
    public var isDefaultUser: Bool { name == nil }

    /// The groups cloud-init creates for the account, in order: ``groups`` and ``primaryGroup``
    /// (unless ``createGroups`` is false), then the group named after the user (unless
    /// ``noUserGroup``).
    public var createdGroups: [String] {
        var names: [String] = []
        if createGroups {
            names += groups
            if let primaryGroup { names.append(primaryGroup) }
        }
        if let name, !noUserGroup { names.append(name) }
        return names
    }

    /// Names in a comma-separated string as cloud-init splits `users`, `groups` and `sudo`
    /// strings: trimmed, empty ones dropped.
    ///
    /// - Parameter text: The string, such as `"ops, deploy"`.
    /// - Returns: The names.
    public static func names(inCommaSeparated text: String) -> [String] {
        text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).pythonStripped }
            .filter { !$0.isEmpty }
    }
}
