/// An OpenSSH public key, as one line of `authorized_keys` without options: the key type, the
/// key in base64, and an optional comment.
///
/// The key is checked as `sshd` would read it: a type OpenSSH accepts, base64 that decodes to a
/// key blob naming the same type, and for RSA at least 2048 bits (Azure refuses shorter keys).
///
/// ```swift
/// let key = try SSHPublicKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI... ops@example.net")
/// key.type     // "ssh-ed25519"
/// key.comment  // "ops@example.net"
/// ```
public struct SSHPublicKey: Sendable, Hashable, CustomStringConvertible {
    /// The key types cloudcfg accepts: those OpenSSH 8 and later enable by default (not DSA).
    public static let types: [String] = [
        "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ]

    /// The key type, such as `ssh-ed25519`.
    public let type: String
    /// The key blob in base64, as written.
    public let base64: String
    /// The comment after the key, if any.
    public let comment: String?

    /// Reads a key.
    ///
    /// - Parameter text: `TYPE BASE64 [COMMENT]`; surrounding blanks are ignored.
    /// - Throws: ``PlanProblem`` (`invalid-ssh-key`) saying what is wrong.
    public init(_ text: String) throws(PlanProblem) {
        func problem(_ message: String) -> PlanProblem { PlanProblem(.invalidSSHKey, message) }
        if text.contains(where: { $0 == "\n" || $0 == "\r" }) {
            throw problem("an SSH key is one line; this text has a line break")
        }
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let type = fields.first else { throw problem("an SSH key cannot be empty") }
        guard Self.types.contains(type) else {
            if type == "ssh-dss" {
                throw problem("DSA keys (ssh-dss) are disabled in OpenSSH 7.0 and later; use ssh-ed25519 or ssh-rsa")
            }
            if fields.count > 1, Self.types.contains(fields[1]) {
                throw problem("'\(type)' looks like authorized_keys options; give the key without them")
            }
            throw problem(
                "'\(Self.shortened(type))' is not an SSH key type; expected one of "
                    + Self.types.joined(separator: ", "))
        }
        guard fields.count >= 2 else { throw problem("the \(type) key has no base64 key data after its type") }
        let encoded = fields[1]
        let blob: [UInt8]
        switch Base64.decodeStrictlyLikePython(Array(encoded.utf8)) {
        case .success(let bytes): blob = bytes
        case .failure: throw problem("the \(type) key data is not base64")
        }
        var reader = BlobReader(bytes: blob)
        guard let named = reader.string(), String(decoding: named, as: UTF8.self) == type else {
            throw problem("the key data does not hold a \(type) key (a truncated or pasted-together key?)")
        }
        if type == "ssh-rsa" {
            guard reader.string() != nil, let modulus = reader.string() else {
                throw problem("the ssh-rsa key data is truncated")
            }
            let bits = Self.bitLength(modulus)
            if bits < 2048 {
                throw problem("the RSA key has \(bits) bits; Azure requires at least 2048")
            }
        } else if type == "ssh-ed25519" {
            guard let key = reader.string(), key.count == 32 else {
                throw problem("the ssh-ed25519 key data does not hold a 32-byte key")
            }
        }
        self.type = type
        self.base64 = encoded
        let rest = fields.dropFirst(2)
        self.comment = rest.isEmpty ? nil : rest.joined(separator: " ")
    }

    /// The key as one `authorized_keys` line: type, base64 and comment separated by spaces.
    public var description: String { "\(type) \(base64)" + (comment.map { " " + $0 } ?? "") }

    /// The number of significant bits of a big-endian unsigned integer.
    static func bitLength(_ bytes: [UInt8]) -> Int {
        guard let first = bytes.firstIndex(where: { $0 != 0 }) else { return 0 }
        return (bytes.count - first - 1) * 8 + (8 - bytes[first].leadingZeroBitCount)
    }

    private static func shortened(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }

    /// Reads the length-prefixed strings of an SSH key blob (RFC 4251).
    private struct BlobReader {
        let bytes: [UInt8]
        var offset = 0

        mutating func string() -> [UInt8]? {
            guard offset + 4 <= bytes.count else { return nil }
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            offset += 4
            guard length <= bytes.count - offset else { return nil }
            defer { offset += length }
            return Array(bytes[offset..<offset + length])
        }
    }
}
