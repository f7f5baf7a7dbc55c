/// An entry of `storage.files`: a regular file Ignition writes on first boot.
public struct IgnitionFile: Sendable, Hashable {
    /// The absolute path.
    public var path: String
    /// Whether to replace a file already there (Ignition's default is to fail).
    public var overwrite: Bool?
    /// The permission bits as an integer (`0o644`, written as 420), 0 through `0o7777`.
    public var mode: Int?
    /// The owner.
    public var user: IgnitionOwner?
    /// The group.
    public var group: IgnitionOwner?
    /// The contents as a `data:` URL (``IgnitionDataURL``), uncompressed; `nil` for an empty file.
    public var source: String?

    /// Creates a file whose contents are already a URL.
    ///
    /// - Parameters:
    ///   - path: The absolute path.
    ///   - source: The contents' URL, or `nil` for an empty file.
    ///   - mode: The permission bits.
    ///   - overwrite: Whether to replace an existing file.
    ///   - user: The owner.
    ///   - group: The group.
    public init(
        path: String, source: String?, mode: Int? = nil, overwrite: Bool? = nil, user: IgnitionOwner? = nil,
        group: IgnitionOwner? = nil
    ) {
        self.path = path
        self.source = source
        self.mode = mode
        self.overwrite = overwrite
        self.user = user
        self.group = group
    }

    /// A text file, its contents percent-encoded (readable in the config).
    ///
    /// - Parameters:
    ///   - path: The absolute path.
    ///   - text: The contents, written as UTF-8.
    ///   - mode: The permission bits.
    ///   - overwrite: Whether to replace an existing file.
    /// - Returns: The file.
    public static func text(_ path: String, _ text: String, mode: Int? = 0o644, overwrite: Bool? = true) -> Self {
        IgnitionFile(path: path, source: IgnitionDataURL.percentEncoded(text), mode: mode, overwrite: overwrite)
    }

    /// A binary file, its contents base64-encoded.
    ///
    /// - Parameters:
    ///   - path: The absolute path.
    ///   - bytes: The contents.
    ///   - mode: The permission bits.
    ///   - overwrite: Whether to replace an existing file.
    /// - Returns: The file.
    public static func binary(_ path: String, _ bytes: [UInt8], mode: Int? = 0o644, overwrite: Bool? = true) -> Self {
        IgnitionFile(path: path, source: IgnitionDataURL.base64Encoded(bytes), mode: mode, overwrite: overwrite)
    }

    /// The contents the file will have.
    ///
    /// - Returns: The decoded bytes; empty for a file without contents.
    /// - Throws: ``IgnitionDataURL/DecodingError`` for a malformed URL.
    public func contents() throws(IgnitionDataURL.DecodingError) -> [UInt8] {
        guard let source else { return [] }
        return try IgnitionDataURL.decode(source)
    }
}

/// An entry of `storage.directories`.
public struct IgnitionDirectory: Sendable, Hashable {
    /// The absolute path.
    public var path: String
    /// Whether to replace whatever is there.
    public var overwrite: Bool?
    /// The permission bits as an integer, 0 through `0o7777`.
    public var mode: Int?
    /// The owner.
    public var user: IgnitionOwner?
    /// The group.
    public var group: IgnitionOwner?

    /// Creates a directory.
    ///
    /// - Parameters:
    ///   - path: The absolute path.
    ///   - mode: The permission bits.
    ///   - overwrite: Whether to replace whatever is there.
    ///   - user: The owner.
    ///   - group: The group.
    public init(
        path: String, mode: Int? = nil, overwrite: Bool? = nil, user: IgnitionOwner? = nil, group: IgnitionOwner? = nil
    ) {
        self.path = path
        self.mode = mode
        self.overwrite = overwrite
        self.user = user
        self.group = group
    }
}

/// An entry of `storage.links`.
public struct IgnitionLink: Sendable, Hashable {
    /// The absolute path of the link.
    public var path: String
    /// What it points to.
    public var target: String
    /// Whether it is a hard link.
    public var hard: Bool?
    /// Whether to replace whatever is there.
    public var overwrite: Bool?
    /// The owner.
    public var user: IgnitionOwner?
    /// The group.
    public var group: IgnitionOwner?

    /// Creates a link.
    ///
    /// - Parameters:
    ///   - path: The absolute path of the link.
    ///   - target: What it points to.
    ///   - hard: Whether it is a hard link.
    ///   - overwrite: Whether to replace whatever is there.
    ///   - user: The owner.
    ///   - group: The group.
    public init(
        path: String, target: String, hard: Bool? = nil, overwrite: Bool? = nil, user: IgnitionOwner? = nil,
        group: IgnitionOwner? = nil
    ) {
        self.path = path
        self.target = target
        self.hard = hard
        self.overwrite = overwrite
        self.user = user
        self.group = group
    }
}
