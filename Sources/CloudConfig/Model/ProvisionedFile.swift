/// A file written on first boot: its path, content, mode and owner, and how its content is
/// written into user-data.
///
/// ```swift
/// let motd = ProvisionedFile(path: "/etc/motd", text: "Welcome\n")
/// let script = ProvisionedFile(path: "/usr/local/bin/health", text: "#!/bin/sh\n...", mode: 0o755)
/// ```
public struct ProvisionedFile: Sendable, Hashable {
    /// The content: text, or bytes that need not be text.
    public enum Content: Sendable, Hashable {
        /// Text, written as UTF-8.
        case text(String)
        /// Bytes.
        case bytes([UInt8])

        /// The bytes the file gets.
        public var bytes: [UInt8] {
            switch self {
            case .text(let text): Array(text.utf8)
            case .bytes(let bytes): bytes
            }
        }

        /// The content as text, when it is UTF-8.
        public var text: String? {
            switch self {
            case .text(let text): text
            case .bytes(let bytes): String(validating: bytes, as: UTF8.self)
            }
        }
    }

    /// How the content is written into user-data (`write_files`' `encoding`).
    public enum Encoding: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
        /// As text, in a literal block: readable, for UTF-8 text.
        case text
        /// As base64 (`b64`): for bytes that are not text.
        case base64
        /// Gzipped, then base64 (`gz+b64`): for large content.
        case gzipBase64 = "gzip+base64"

        /// The name as profiles write it: `text`, `base64`, `gzip+base64`.
        public var description: String { rawValue }
    }

    /// The absolute path.
    public var path: String
    /// The content.
    public var content: Content
    /// The permission bits.
    public var mode: FileMode
    /// The owner; `nil` for `root:root`.
    public var owner: FileOwner?
    /// How the content is written into user-data.
    public var encoding: Encoding

    /// Creates a file.
    ///
    /// - Parameters:
    ///   - path: The absolute path.
    ///   - content: The content.
    ///   - mode: The permission bits; 0o644 by default.
    ///   - owner: The owner; `root:root` by default.
    ///   - encoding: How the content is written into user-data; by default text for UTF-8
    ///     content, base64 for other bytes.
    public init(
        path: String, content: Content, mode: FileMode = .writeFilesDefault, owner: FileOwner? = nil,
        encoding: Encoding? = nil
    ) {
        self.path = path
        self.content = content
        self.mode = mode
        self.owner = owner
        self.encoding = encoding ?? (content.text == nil ? .base64 : .text)
    }

    /// Creates a text file.
    ///
    /// - Parameters:
    ///   - path: The absolute path.
    ///   - text: The content.
    ///   - mode: The permission bits; 0o644 by default.
    ///   - owner: The owner; `root:root` by default.
    public init(path: String, text: String, mode: FileMode = .writeFilesDefault, owner: FileOwner? = nil) {
        self.init(path: path, content: .text(text), mode: mode, owner: owner)
    }
}

/// The owner of a file: a user and, optionally, a group, as `chown` takes them (`user:group`).
public struct FileOwner: Sendable, Hashable, CustomStringConvertible {
    /// The user name.
    public var user: String
    /// The group name; `nil` for the user's primary group as `chown user` leaves it.
    public var group: String?

    /// Creates an owner.
    ///
    /// - Parameters:
    ///   - user: The user name.
    ///   - group: The group name.
    public init(user: String, group: String? = nil) {
        self.user = user
        self.group = group
    }

    /// Reads `user` or `user:group`.
    ///
    /// - Parameter text: The text.
    /// - Returns: The owner, or `nil` when the text has more than one `:` or an empty name.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        self.init(user: parts[0], group: parts.count == 2 ? parts[1] : nil)
    }

    /// `user:group`, or `user`.
    public var description: String { user + (group.map { ":" + $0 } ?? "") }
}

/// A command run once on first boot, after packages and files (cloud-init's `runcmd`).
public enum ProvisioningCommand: Sendable, Hashable, CustomStringConvertible {
    /// A shell line, run by `/bin/sh`: pipes, redirections and variables work.
    case shell(String)
    /// A program and its arguments, run without a shell: nothing in them is interpreted.
    case exec([String])

    /// The command as one shell line, arguments quoted where they need it.
    public var description: String {
        switch self {
        case .shell(let line): line
        case .exec(let arguments): GeneralizeStep.Command.exec(arguments).description
        }
    }
}
