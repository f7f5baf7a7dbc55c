/// A password value, read the way `/etc/shadow` reads its password field: a crypt(3) hash, a
/// lock marker, or plain text.
///
/// ```swift
/// Password("$6$salt$hash...")  // .hash(PasswordHash) with the scheme .sha512
/// Password("!")                // .locked("!")
/// Password("hunter2")          // .plainText("hunter2")
/// ```
public enum Password: Sendable, Hashable {
    /// Empty: cloud-init sets nothing.
    case empty
    /// Starts with `!` or `*` (`!`, `!!`, `*`, `*LK*`, `!$6$...`): a locked or disabled password.
    case locked(String)
    /// A crypt(3) hash.
    case hash(PasswordHash)
    /// Anything else: the password itself.
    case plainText(String)

    /// Classifies a value.
    ///
    /// - Parameter text: The value as cloud-init passes it on.
    public init(_ text: String) {
        if text.isEmpty {
            self = .empty
        } else if text.hasPrefix("!") || text.hasPrefix("*") {
            self = .locked(text)
        } else if let hash = PasswordHash(text) {
            self = .hash(hash)
        } else {
            self = .plainText(text)
        }
    }

    /// The value as written.
    public var text: String {
        switch self {
        case .empty: ""
        case .locked(let text), .plainText(let text): text
        case .hash(let hash): hash.text
        }
    }

    /// Whether the value is plain text.
    public var isPlainText: Bool {
        if case .plainText = self { return true }
        return false
    }

    /// Whether the value gives an account a usable password: a hash or plain text, not empty and
    /// not a lock marker.
    public var isUsable: Bool {
        switch self {
        case .empty, .locked: false
        case .hash, .plainText: true
        }
    }
}

extension Password: CustomStringConvertible, CustomDebugStringConvertible {
    /// The kind of value, never the secret: `<REDACTED>` for plain text and hashes, so that a
    /// password printed in a log or an error message gives nothing away.
    public var description: String {
        switch self {
        case .empty: "<empty>"
        case .locked: "<locked>"
        case .hash, .plainText: "<REDACTED>"
        }
    }

    /// The same as ``description``: `Password.plainText(<REDACTED>)`.
    public var debugDescription: String {
        switch self {
        case .empty: "Password.empty"
        case .locked: "Password.locked(<locked>)"
        case .hash: "Password.hash(<REDACTED>)"
        case .plainText: "Password.plainText(<REDACTED>)"
        }
    }
}
