/// How to open a user-data file.
public struct EnvelopeOptions: Sendable, Hashable {
    /// Whether the file is base64 text that the platform decodes before cloud-init sees it.
    ///
    /// cloud-init itself never base64-decodes user-data; datasources do (Azure always decodes
    /// custom data and IMDS user-data, whitespace removed).
    public enum PlatformEncoding: Sendable, Hashable {
        /// Decode when the whole file is base64 and decodes to user-data cloud-init recognises
        /// (gzip, MIME or a known header); otherwise read it as it is.
        case detect
        /// The file is base64 (Azure custom data): decode it as Azure does; text that does not
        /// decode is an error.
        case base64
        /// Read the file as it is.
        case none
    }

    /// Whether the file is base64-encoded by the platform.
    public var platformEncoding: PlatformEncoding
    /// The most bytes decompressing and decoding may produce in total; past it, opening stops
    /// with an error.
    public var maxDecodedBytes: Int
    /// The deepest nesting of `multipart/*` and `message/*` read as such.
    public var maxNestingDepth: Int
    /// The bounds for reading the YAML of cloud-config parts (``UserDataPart/yaml``).
    public var yamlLimits = YAMLLimits()

    /// The default decoding budget: 64 MiB, the most cloudcfg inflates from one gzip stream.
    public static let defaultMaxDecodedBytes = Gzip.defaultLimit

    /// Creates options.
    ///
    /// - Parameters:
    ///   - platformEncoding: Whether the file is base64 for the platform; detected by default.
    ///   - maxDecodedBytes: The decoding budget; 64 MiB by default, the gzip limit.
    ///   - maxNestingDepth: The deepest MIME nesting read; 32 by default.
    public init(
        platformEncoding: PlatformEncoding = .detect, maxDecodedBytes: Int = defaultMaxDecodedBytes,
        maxNestingDepth: Int = 32
    ) {
        self.platformEncoding = platformEncoding
        self.maxDecodedBytes = maxDecodedBytes
        self.maxNestingDepth = maxNestingDepth
    }
}
