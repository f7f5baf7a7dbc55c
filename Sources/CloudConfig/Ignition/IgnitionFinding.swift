/// A problem cloudcfg's own validation finds in an Ignition config (``IgnitionConfig/validate()``):
/// something Ignition would refuse or apply differently than written.
public struct IgnitionFinding: Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem it is; a struct with static members so that adding one breaks no
    /// client.
    public struct Code: Sendable, Hashable, Comparable, CustomStringConvertible {
        enum Storage: String, Sendable, Hashable, CaseIterable {
            case unsupportedVersion = "unsupported-version"
            case relativePath = "relative-path"
            case unsimplifiedPath = "unsimplified-path"
            case duplicatePath = "duplicate-path"
            case pathThroughLink = "path-through-link"
            case modeOutOfRange = "mode-out-of-range"
            case specialModeBits = "special-mode-bits"
            case malformedDataURL = "malformed-data-url"
            case emptyName = "empty-name"
            case duplicateName = "duplicate-name"
            case duplicateKey = "duplicate-key"
            case invalidUnitName = "invalid-unit-name"
            case invalidDropinName = "invalid-dropin-name"
            case malformedUnitContents = "malformed-unit-contents"
            case emptyLinkTarget = "empty-link-target"
            case overwriteWithoutContents = "overwrite-without-contents"
            case enabledWithoutInstall = "enabled-without-install"
        }

        let storage: Storage

        init(_ storage: Storage) { self.storage = storage }

        /// `ignition.version` is not a stable 3.x version cloudcfg writes (3.0.0 through 3.3.0).
        public static let unsupportedVersion = Code(.unsupportedVersion)
        /// A path that does not start with `/`.
        public static let relativePath = Code(.relativePath)
        /// A path with `.`, `..`, `//` or a trailing `/`, which Ignition refuses.
        public static let unsimplifiedPath = Code(.unsimplifiedPath)
        /// Two files, directories or links at the same path.
        public static let duplicatePath = Code(.duplicatePath)
        /// A path below a link the config itself creates.
        public static let pathThroughLink = Code(.pathThroughLink)
        /// A mode outside 0 through `0o7777`.
        public static let modeOutOfRange = Code(.modeOutOfRange)
        /// setuid, setgid or sticky bits, which specs before 3.4.0 do not apply.
        public static let specialModeBits = Code(.specialModeBits)
        /// A `contents.source` that is not a well-formed `data:` URL.
        public static let malformedDataURL = Code(.malformedDataURL)
        /// A user or group without a name.
        public static let emptyName = Code(.emptyName)
        /// Two users, groups, units or drop-ins with the same name.
        public static let duplicateName = Code(.duplicateName)
        /// The same SSH key twice for one user.
        public static let duplicateKey = Code(.duplicateKey)
        /// A unit name without a systemd unit type (`.service`, `.timer`, ...).
        public static let invalidUnitName = Code(.invalidUnitName)
        /// A drop-in name not ending in `.conf`.
        public static let invalidDropinName = Code(.invalidDropinName)
        /// Unit or drop-in contents systemd cannot parse (an unterminated section header).
        public static let malformedUnitContents = Code(.malformedUnitContents)
        /// A link without a target.
        public static let emptyLinkTarget = Code(.emptyLinkTarget)
        /// A file that replaces what is there but has no contents, which Ignition refuses.
        public static let overwriteWithoutContents = Code(.overwriteWithoutContents)
        /// A unit to enable whose contents have no `[Install]` section: enabling does nothing.
        public static let enabledWithoutInstall = Code(.enabledWithoutInstall)

        /// Every code, in declaration order.
        public static var all: [Code] { Storage.allCases.map(Code.init) }

        /// The code as stable kebab-case text.
        public var description: String { storage.rawValue }

        /// Orders codes by their text.
        public static func < (lhs: Code, rhs: Code) -> Bool { lhs.storage.rawValue < rhs.storage.rawValue }
    }

    /// What kind of problem it is.
    public let code: Code
    /// Where, as a JSON path in the form `ignition-validate` prints (`$.storage.files.0.path`).
    public let path: String
    /// What is wrong, lower-case, without a final period.
    public let message: String

    /// Creates a finding.
    ///
    /// - Parameters:
    ///   - code: The kind of problem.
    ///   - path: The JSON path.
    ///   - message: What is wrong.
    public init(_ code: Code, at path: String, _ message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// `path: message [code]`.
    public var description: String { "\(path): \(message) [\(code)]" }
}
