/// What a password value is, read the way `/etc/shadow` reads its password field: a crypt(3)
/// hash, a lock marker, or plain text.
enum PasswordText: Sendable, Hashable {
    /// Empty: cloud-init sets nothing.
    case empty
    /// Starts with `!` or `*` (`!`, `!!`, `*`, `*LK*`, `!$6$...`): a locked or disabled password.
    case locked
    /// A crypt(3) hash; the scheme's name, for example `SHA-512`.
    case hash(String)
    /// Anything else: plain text.
    case plain

    /// The `$id$` prefixes of the crypt(3) schemes libxcrypt and the BSDs write, with their names.
    static let schemes: [(id: String, name: String)] = [
        ("1", "MD5"), ("2a", "bcrypt"), ("2b", "bcrypt"), ("2x", "bcrypt"), ("2y", "bcrypt"), ("3", "NT"),
        ("5", "SHA-256"), ("6", "SHA-512"), ("7", "scrypt"), ("y", "yescrypt"), ("gy", "gost-yescrypt"),
        ("sha1", "PBKDF1-SHA1"), ("md5", "Sun MD5"),
    ]

    /// Classifies a value.
    ///
    /// - Parameter text: The value as cloud-init passes it on.
    init(_ text: String) {
        if text.isEmpty {
            self = .empty
        } else if text.hasPrefix("!") || text.hasPrefix("*") {
            self = .locked
        } else if let scheme = Self.scheme(of: text) {
            self = .hash(scheme)
        } else {
            self = .plain
        }
    }

    /// The scheme of a crypt(3) hash: `$id$` (or Sun MD5's `$md5,`), at least two more
    /// `$`-separated fields, not ending in `$`, and no blanks or colons anywhere.
    static func scheme(of text: String) -> String? {
        guard text.hasPrefix("$"), text.last != "$", text.filter({ $0 == "$" }).count >= 3,
            !text.contains(where: { $0 == ":" || $0.isWhitespace })
        else { return nil }
        let afterDollar = text.dropFirst()
        return schemes.first {
            afterDollar.hasPrefix($0.id + "$") || ($0.id == "md5" && afterDollar.hasPrefix("md5,"))
        }?.name
    }

    /// Whether cloud-init's `chpasswd` module (for `chpasswd.list` and the top-level `password`)
    /// treats a value as a hash: it matches `\$(1|2a|2y|5|6)(\$.+){2}` at the start and has no
    /// colon. Any other value is set as plain text.
    static func cloudInitTreatsAsHash(_ text: String) -> Bool {
        guard !text.contains(":") else { return false }
        let scalars = Array(text.unicodeScalars)
        for id in ["1", "2a", "2y", "5", "6"] {
            let prefix = Array(("$" + id).unicodeScalars)
            guard scalars.starts(with: prefix) else { continue }
            let rest = scalars.dropFirst(prefix.count)
            // `(\$.+){2}`: a `$`, at least one character, a `$`, at least one character, none of
            // them a newline (which `.` does not match).
            guard rest.first == "$" else { continue }
            let line = rest.dropFirst().prefix { $0 != "\n" }
            guard let second = line.dropFirst().firstIndex(of: "$") else { continue }
            if second + 1 < line.endIndex { return true }
        }
        return false
    }
}
