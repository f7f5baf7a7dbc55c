/// A crypt(3) password hash, as `/etc/shadow` stores it: `$id$`, the scheme's parameters and
/// salt, and the hash, each separated by `$` (`$6$rounds=4096$salt$hash`).
public struct PasswordHash: Sendable, Hashable, CustomStringConvertible {
    /// A hashing scheme, named by its `$id$` prefix.
    public struct Scheme: Sendable, Hashable, CustomStringConvertible {
        /// The identifier between the first two `$` (`6` for SHA-512, `y` for yescrypt).
        public let id: String
        /// The scheme's name, such as `SHA-512`.
        public let name: String

        /// MD5-crypt (`$1$`).
        public static let md5 = Scheme(id: "1", name: "MD5")
        /// bcrypt (`$2a$`).
        public static let bcrypt2a = Scheme(id: "2a", name: "bcrypt")
        /// bcrypt (`$2b$`), as OpenBSD and libxcrypt write it.
        public static let bcrypt2b = Scheme(id: "2b", name: "bcrypt")
        /// bcrypt (`$2x$`).
        public static let bcrypt2x = Scheme(id: "2x", name: "bcrypt")
        /// bcrypt (`$2y$`).
        public static let bcrypt2y = Scheme(id: "2y", name: "bcrypt")
        /// NT hash (`$3$`).
        public static let nt = Scheme(id: "3", name: "NT")
        /// SHA-256-crypt (`$5$`).
        public static let sha256 = Scheme(id: "5", name: "SHA-256")
        /// SHA-512-crypt (`$6$`), `mkpasswd -m sha-512` and `openssl passwd -6`.
        public static let sha512 = Scheme(id: "6", name: "SHA-512")
        /// scrypt (`$7$`).
        public static let scrypt = Scheme(id: "7", name: "scrypt")
        /// yescrypt (`$y$`), the default of Debian 11 and later.
        public static let yescrypt = Scheme(id: "y", name: "yescrypt")
        /// GOST yescrypt (`$gy$`).
        public static let gostYescrypt = Scheme(id: "gy", name: "gost-yescrypt")
        /// PBKDF1 with SHA-1 (`$sha1$`).
        public static let pbkdf1SHA1 = Scheme(id: "sha1", name: "PBKDF1-SHA1")
        /// Sun MD5 (`$md5$` or `$md5,`).
        public static let sunMD5 = Scheme(id: "md5", name: "Sun MD5")

        /// The schemes libxcrypt and the BSDs write.
        public static let all: [Scheme] = [
            .md5, .bcrypt2a, .bcrypt2b, .bcrypt2x, .bcrypt2y, .nt, .sha256, .sha512, .scrypt, .yescrypt,
            .gostYescrypt, .pbkdf1SHA1, .sunMD5,
        ]

        /// The schemes cloud-init's `chpasswd` module recognises in `chpasswd.list` and in the
        /// top-level `password`; a hash of another scheme there is set as plain text.
        public static let recognizedByChpasswdList: [Scheme] = [.md5, .bcrypt2a, .bcrypt2y, .sha256, .sha512]

        /// The scheme's name.
        public var description: String { name }
    }

    /// The hash as written.
    public let text: String
    /// Its scheme.
    public let scheme: Scheme

    /// Reads a hash: `$id$` (or Sun MD5's `$md5,`) of a known scheme, at least two more
    /// `$`-separated fields, not ending in `$`, and no blanks or colons anywhere.
    ///
    /// - Parameter text: The text.
    /// - Returns: The hash, or `nil` when the text is not one.
    public init?(_ text: String) {
        guard Self.hasHashShape(text) else { return nil }
        let afterDollar = text.dropFirst()
        guard
            let scheme = Scheme.all.first(where: {
                afterDollar.hasPrefix($0.id + "$") || ($0 == .sunMD5 && afterDollar.hasPrefix("md5,"))
            })
        else { return nil }
        self.text = text
        self.scheme = scheme
    }

    /// Whether text starts with `$`, does not end with one, has at least three, and has no colon
    /// or blank. ASCII text (every hash) is read byte by byte; other text by character, as
    /// Unicode defines blanks.
    private static func hasHashShape(_ text: String) -> Bool {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            guard bytes.first == UInt8(ascii: "$"), bytes.last != UInt8(ascii: "$") else { return false }
            var dollars = 0
            for byte in bytes {
                // A colon, or what Character.isWhitespace calls blank in ASCII: tab to carriage
                // return, and space.
                if byte == UInt8(ascii: ":") || byte == 0x20 || (0x09...0x0D).contains(byte) { return false }
                if byte == UInt8(ascii: "$") { dollars += 1 }
            }
            return dollars >= 3
        }
        if let ascii = ascii ?? nil { return ascii }
        return text.hasPrefix("$") && text.last != "$" && text.filter({ $0 == "$" }).count >= 3
            && !text.contains(where: { $0 == ":" || $0.isWhitespace })
    }

    /// The hash as written.
    public var description: String { text }

    /// Whether cloud-init's `chpasswd` module (for `chpasswd.list` and the top-level `password`)
    /// treats a value as a hash: it matches `\$(1|2a|2y|5|6)(\$.+){2}` at the start and has no
    /// colon. Any other value is set as plain text.
    ///
    /// - Parameter text: The value.
    /// - Returns: Whether cloud-init sets it with `chpasswd -e`.
    public static func isRecognizedByChpasswdList(_ text: String) -> Bool {
        guard !text.contains(":") else { return false }
        let scalars = Array(text.unicodeScalars)
        for scheme in Scheme.recognizedByChpasswdList {
            let prefix = Array(("$" + scheme.id).unicodeScalars)
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
