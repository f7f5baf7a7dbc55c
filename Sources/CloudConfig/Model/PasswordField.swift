/// Where a cloud-config gives a password, which decides how cloud-init sets it: as a hash
/// (`chpasswd -e`, `useradd --password`) or as plain text (`chpasswd`).
public enum PasswordField: Sendable, Hashable, CaseIterable {
    /// A user's `passwd`: `useradd --password`, a hash.
    case passwd
    /// A user's `hashed_passwd`: `chpasswd -e`, a hash.
    case hashedPasswd
    /// A user's `plain_text_passwd`: `chpasswd`, plain text.
    case plainTextPasswd
    /// A `chpasswd.users` entry with `type: hash` (the default): `chpasswd -e`.
    case chpasswdHash
    /// A `chpasswd.users` entry with `type: text`: `chpasswd`.
    case chpasswdText
    /// A `chpasswd.list` entry (`user:password`): a hash when cloud-init's pattern matches,
    /// otherwise text.
    case chpasswdList
    /// The top-level `password`: handled like a `chpasswd.list` entry for the default user.
    case topLevel

    /// The fields of a user's settings, with their keys, in the order cloud-init reads them.
    public static let userFields: [(key: String, field: PasswordField)] = [
        ("passwd", .passwd), ("hashed_passwd", .hashedPasswd), ("plain_text_passwd", .plainTextPasswd),
    ]

    /// Whether cloud-init sets a value given here as a hash (with `chpasswd -e` or
    /// `useradd --password`) rather than as the password itself.
    ///
    /// - Parameter text: The value.
    /// - Returns: `true` for the hash fields, and for the legacy fields when cloud-init's pattern
    ///   recognises the value.
    public func setsAsHash(_ text: String) -> Bool {
        switch self {
        case .passwd, .hashedPasswd, .chpasswdHash: true
        case .plainTextPasswd, .chpasswdText: false
        case .chpasswdList, .topLevel: PasswordHash.isRecognizedByChpasswdList(text)
        }
    }

    /// Whether a value asks for a random password (`R` or `RANDOM`, in the legacy fields only).
    ///
    /// - Parameter text: The value.
    /// - Returns: `true` when cloud-init generates a password instead.
    public func asksForRandomPassword(_ text: String) -> Bool {
        (self == .chpasswdList || self == .topLevel) && (text == "R" || text == "RANDOM")
    }

    /// Whether the field belongs to a user's settings (`users` items, `user`).
    public var isUserField: Bool {
        switch self {
        case .passwd, .hashedPasswd, .plainTextPasswd: true
        case .chpasswdHash, .chpasswdText, .chpasswdList, .topLevel: false
        }
    }
}
