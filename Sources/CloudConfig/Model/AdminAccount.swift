/// The VM's administrator: the account Azure's osProfile names (`adminUsername`), with its SSH
/// keys and, optionally, a password kept only as a SHA-512 crypt hash.
///
/// ```swift
/// let admin = try AdminAccount(
///     name: "azureops", sshAuthorizedKeys: [try SSHPublicKey("ssh-ed25519 AAAA... ops@example.net")])
/// ```
///
/// A password given in plain text is checked against Azure's rules for `adminPassword` and hashed
/// at once through the system's libcrypt; the plain text is not kept.
public struct AdminAccount: Sendable, Hashable {
    /// The names Azure refuses for `adminUsername` (the Compute API's list).
    public static let reservedNames: Set<String> = [
        "administrator", "admin", "user", "user1", "test", "user2", "test1", "user3", "admin1", "1", "123", "a",
        "actuser", "adm", "admin2", "aspnet", "backup", "console", "david", "guest", "john", "owner", "root", "server",
        "sql", "support", "support_388945a0", "sys", "test2", "test3", "user4", "user5",
    ]

    /// The passwords Azure refuses for `adminPassword`.
    public static let disallowedPasswords: Set<String> = [
        "abc@123", "P@$$w0rd", "P@ssw0rd", "P@ssword123", "Pa$$word", "pass@word1", "Password!", "Password1",
        "Password22", "iloveyou!",
    ]

    /// The user name.
    public let name: String
    /// Public keys for the account's `authorized_keys`.
    public let sshAuthorizedKeys: [SSHPublicKey]
    /// The password's hash; `nil` for an account without a password (keys only).
    public let passwordHash: PasswordHash?
    /// Supplementary groups besides the one that grants `sudo`.
    public let groups: [String]

    /// Creates the administrator.
    ///
    /// - Parameters:
    ///   - name: A Linux user name (lower-case letters, digits, `_` and `-`, at most 32
    ///     characters) that Azure accepts as `adminUsername`.
    ///   - sshAuthorizedKeys: Public keys.
    ///   - password: A hash (kept as it is), plain text (checked against Azure's rules, then
    ///     hashed with SHA-512 crypt), or `nil`, empty or locked for no password.
    ///   - groups: Supplementary groups.
    /// - Throws: ``PlanError`` with every problem, at `admin.name`, `admin.password` and
    ///   `admin.groups.N`.
    public init(
        name: String, sshAuthorizedKeys: [SSHPublicKey] = [], password: Password? = nil, groups: [String] = []
    ) throws(PlanError) {
        let field = PlanField.key("admin")
        var problems: [PlanProblem] = []
        if let problem = UserAccount.nameProblem(name, what: "user name") {
            problems.append(PlanProblem(.invalidUserName, at: field.key("name"), problem))
        } else if Self.reservedNames.contains(name) {
            problems.append(
                PlanProblem(
                    .reservedUserName, at: field.key("name"), "Azure does not accept '\(name)' as the admin name"))
        }
        for (index, group) in groups.enumerated() {
            if let problem = UserAccount.nameProblem(group, what: "group name") {
                problems.append(PlanProblem(.invalidGroupName, at: field.key("groups").index(index), problem))
            }
        }
        var hash: PasswordHash?
        switch password {
        case .hash(let given)?: hash = given
        case .plainText(let text)?:
            if let problem = Self.passwordProblem(text) {
                problems.append(PlanProblem(.weakPassword, at: field.key("password"), problem))
            } else {
                do throws(PasswordHasher.Error) {
                    hash = try PasswordHasher.sha512(text)
                } catch {
                    problems.append(PlanProblem(.weakPassword, at: field.key("password"), error.message))
                }
            }
        case .empty?, .locked?, nil: hash = nil
        }
        guard problems.isEmpty else { throw PlanError(problems) }
        self.name = name
        self.sshAuthorizedKeys = sshAuthorizedKeys
        self.passwordHash = hash
        self.groups = groups
    }

    /// What Azure refuses in an admin password, or `nil` when it accepts it: 6 to 72 characters,
    /// three of lower-case, upper-case, digit and special characters, not one of
    /// ``disallowedPasswords``.
    ///
    /// - Parameter text: The password.
    /// - Returns: The problem, without the password.
    public static func passwordProblem(_ text: String) -> String? {
        let count = text.count
        if count < 6 || count > 72 {
            return "Azure takes an admin password of 6 to 72 characters, not \(count)"
        }
        var classes = 0
        if text.unicodeScalars.contains(where: { ("a"..."z").contains($0) }) { classes += 1 }
        if text.unicodeScalars.contains(where: { ("A"..."Z").contains($0) }) { classes += 1 }
        if text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) { classes += 1 }
        if text.unicodeScalars.contains(where: {
            !($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
        }) {
            classes += 1
        }
        if classes < 3 {
            return "Azure requires three of lower-case letters, upper-case letters, digits and special characters "
                + "in an admin password; this one has \(classes)"
        }
        if disallowedPasswords.contains(text) {
            return "Azure refuses this admin password: it is on its list of common ones"
        }
        return nil
    }

    /// The sudoers rule the account gets, as the Azure agent writes it: without a password prompt
    /// for a keys-only account, with one when the account has a password.
    public var sudoRule: String { passwordHash == nil ? "ALL=(ALL) NOPASSWD:ALL" : "ALL=(ALL) ALL" }
}

extension UserAccount {
    /// What `useradd` and `groupadd` refuse in a name, or `nil` when they accept it: lower-case
    /// letters, digits, `_` and `-`, starting with a letter or `_`, at most 32 characters.
    ///
    /// - Parameters:
    ///   - name: The name.
    ///   - what: How to call it in the message (`user name`, `group name`).
    /// - Returns: The problem, lower-case.
    public static func nameProblem(_ name: String, what: String) -> String? {
        if name.isEmpty { return "a \(what) cannot be empty" }
        if name.utf8.count > 32 { return "a \(what) has at most 32 characters, not \(name.utf8.count)" }
        // Lower-case ASCII letters, digits, '_' and '-': byte by byte, as no other scalar's UTF-8
        // has such a byte.
        func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
        let valid =
            name.utf8.first.map { isLetter($0) || $0 == UInt8(ascii: "_") } == true
            && name.utf8.allSatisfy {
                isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "_")
                    || $0 == UInt8(ascii: "-")
            }
        if !valid {
            return "'\(name)' is not a valid \(what): use lower-case letters, digits, '_' and '-', starting with a "
                + "letter or '_'"
        }
        return nil
    }
}
