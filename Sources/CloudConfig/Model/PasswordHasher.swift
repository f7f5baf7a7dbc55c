internal import CCrypt

/// Hashes passwords as `/etc/shadow` stores them, through the system's libcrypt (libxcrypt): SHA-512
/// crypt (`$6$`) with a 16-character salt from the system's random source.
///
/// The plain text goes no further than libcrypt: only the hash is returned, and cloudcfg writes
/// nothing else.
///
/// ```swift
/// let hash = try PasswordHasher.sha512(password)  // $6$<salt>$<86 characters>
/// ```
public enum PasswordHasher {
    /// Why a password could not be hashed.
    public struct Error: Swift.Error, Sendable, Hashable, CustomStringConvertible {
        /// What went wrong, lower-case, without a final period.
        public let message: String
        /// The message.
        public var description: String { message }
    }

    /// Hashes a password with SHA-512 crypt and a fresh random salt.
    ///
    /// - Parameter password: The password in plain text.
    /// - Returns: The hash.
    /// - Throws: ``Error`` when the password contains a NUL byte, or libcrypt cannot make a salt
    ///   or a hash.
    public static func sha512(_ password: String) throws(Error) -> PasswordHash {
        try hash(password, setting: sha512Setting())
    }

    /// Hashes a password with a given setting (prefix, parameters and salt), as `crypt(3)` does;
    /// the same password and setting always give the same hash, which is how a hash is verified.
    ///
    /// - Parameters:
    ///   - password: The password in plain text.
    ///   - setting: A setting such as `$6$salt` or an existing hash.
    /// - Returns: The hash.
    /// - Throws: ``Error`` when libcrypt refuses the password or the setting.
    public static func hash(_ password: String, setting: String) throws(Error) -> PasswordHash {
        guard !password.utf8.contains(0), !setting.utf8.contains(0) else {
            throw Error(message: "a password or setting cannot contain a NUL byte")
        }
        let data = UnsafeMutablePointer<crypt_data>.allocate(capacity: 1)
        defer { data.deallocate() }
        let raw = UnsafeMutableRawPointer(data)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<crypt_data>.size)
        let result: String? = password.withCString { phrase in
            setting.withCString { settingPointer in
                guard let output = crypt_rn(phrase, settingPointer, raw, Int32(MemoryLayout<crypt_data>.size))
                else { return nil }
                return String(cString: output)
            }
        }
        // Wipe libcrypt's copy of the work area, which held the phrase.
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<crypt_data>.size)
        guard let result, !result.hasPrefix("*"), let hash = PasswordHash(result) else {
            throw Error(message: "libcrypt could not hash with the setting '\(setting.prefix(3))...'")
        }
        return hash
    }

    /// Whether a password matches a hash.
    ///
    /// - Parameters:
    ///   - password: The password in plain text.
    ///   - hash: The hash.
    /// - Returns: `true` when hashing the password with the hash's setting gives the hash.
    public static func verify(_ password: String, against hash: PasswordHash) -> Bool {
        guard let again = try? Self.hash(password, setting: hash.text) else { return false }
        return again.text == hash.text
    }

    /// A SHA-512 crypt setting with the default 5000 rounds and a salt from the system's random
    /// source (libcrypt reads it with `getrandom`).
    private static func sha512Setting() throws(Error) -> String {
        var buffer = [CChar](repeating: 0, count: Int(CRYPT_GENSALT_OUTPUT_SIZE))
        let made = buffer.withUnsafeMutableBufferPointer { output in
            crypt_gensalt_rn("$6$", 0, nil, 0, output.baseAddress, Int32(output.count)) != nil
        }
        guard made else { throw Error(message: "libcrypt could not make a SHA-512 salt") }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
