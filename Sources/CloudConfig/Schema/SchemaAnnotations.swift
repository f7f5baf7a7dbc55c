/// A key or value form that cloud-init still accepts but asks users to stop using.
public struct Deprecation: Sendable, Hashable {
    /// The release that deprecated it, when known.
    public var version: VersionBound?
    /// What to use instead, in our words, for example `use lock_passwd`.
    public var advice: String
    /// The replacement key, when the fix is a rename (drives the fix-it).
    public var replacementKey: String?

    /// Creates a deprecation.
    ///
    /// - Parameters:
    ///   - version: The release that deprecated it.
    ///   - advice: What to use instead.
    ///   - replacementKey: The key to rename to, if the fix is a rename.
    public init(version: VersionBound?, advice: String, replacementKey: String? = nil) {
        self.version = version
        self.advice = advice
        self.replacementKey = replacementKey
    }
}

/// Whether, and since when, cloud-init acts on a key or a value form.
public struct Availability: Sendable, Hashable {
    /// The release that introduced it, when it is newer than the releases cloudcfg supports.
    public var introduced: VersionBound?
    /// The release that dropped it, if it was dropped.
    public var removed: VersionBound?

    /// Available in every release cloudcfg knows.
    public static let always = Availability(introduced: nil, removed: nil)

    /// Creates an availability.
    ///
    /// - Parameters:
    ///   - introduced: The release that introduced it.
    ///   - removed: The release that dropped it.
    public init(introduced: VersionBound?, removed: VersionBound?) {
        self.introduced = introduced
        self.removed = removed
    }
}

/// A format checked on strings, as cloud-init's validator checks `format`.
public enum SchemaFormat: String, Sendable, Hashable {
    /// A URI (RFC 3986); checked by Debian's cloud-init.
    case uri
    /// A host name; never reported, as cloud-init does not check it.
    case hostname
    /// An ISO 8601 calendar date, `YYYY-MM-DD`.
    case date
}

/// What an object accepts besides its declared properties.
public indirect enum AdditionalProperties: Sendable {
    /// Any other key (JSON Schema's default).
    case allowed
    /// No other key (`additionalProperties: false`).
    case forbidden
    /// Any other key passes validation, but nothing reads it: the top level of cloud-init 22.4.2,
    /// whose schema did not yet reject unknown keys. Exported as JSON Schema's default.
    case ignored
    /// Other keys whose values match a schema.
    case schema(Schema)
}
