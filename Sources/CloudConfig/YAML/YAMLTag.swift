/// The tag PyYAML's SafeLoader gives a node, which decides how its value is constructed.
public enum YAMLTag: Sendable, Hashable, CustomStringConvertible {
    /// `tag:yaml.org,2002:str`.
    case str
    /// `tag:yaml.org,2002:int`.
    case int
    /// `tag:yaml.org,2002:float`.
    case float
    /// `tag:yaml.org,2002:bool`.
    case bool
    /// `tag:yaml.org,2002:null`.
    case null
    /// `tag:yaml.org,2002:timestamp`.
    case timestamp
    /// `tag:yaml.org,2002:binary`.
    case binary
    /// `tag:yaml.org,2002:merge`: the `<<` key.
    case merge
    /// `tag:yaml.org,2002:value`: a plain `=`, which SafeLoader cannot construct as a value.
    case value
    /// `tag:yaml.org,2002:seq`.
    case seq
    /// `tag:yaml.org,2002:map`.
    case map
    /// `tag:yaml.org,2002:set`.
    case set
    /// `tag:yaml.org,2002:omap`.
    case omap
    /// `tag:yaml.org,2002:pairs`.
    case pairs
    /// `tag:yaml.org,2002:python/unicode`, which cloud-init's loader reads as a string.
    case pythonUnicode
    /// Any other tag, which SafeLoader refuses.
    case other(String)

    /// The prefix of the tags YAML defines, which the `!!` handle expands to.
    public static let yamlPrefix = "tag:yaml.org,2002:"

    /// Creates the tag for a full tag URI.
    ///
    /// - Parameter uri: A full tag such as `tag:yaml.org,2002:int` or a local tag such as `!foo`.
    public init(uri: String) {
        guard uri.hasPrefix(Self.yamlPrefix) else {
            self = .other(uri)
            return
        }
        switch uri.dropFirst(Self.yamlPrefix.count) {
        case "str": self = .str
        case "int": self = .int
        case "float": self = .float
        case "bool": self = .bool
        case "null": self = .null
        case "timestamp": self = .timestamp
        case "binary": self = .binary
        case "merge": self = .merge
        case "value": self = .value
        case "seq": self = .seq
        case "map": self = .map
        case "set": self = .set
        case "omap": self = .omap
        case "pairs": self = .pairs
        case "python/unicode": self = .pythonUnicode
        default: self = .other(uri)
        }
    }

    /// The full tag URI.
    public var uri: String {
        switch self {
        case .str: Self.yamlPrefix + "str"
        case .int: Self.yamlPrefix + "int"
        case .float: Self.yamlPrefix + "float"
        case .bool: Self.yamlPrefix + "bool"
        case .null: Self.yamlPrefix + "null"
        case .timestamp: Self.yamlPrefix + "timestamp"
        case .binary: Self.yamlPrefix + "binary"
        case .merge: Self.yamlPrefix + "merge"
        case .value: Self.yamlPrefix + "value"
        case .seq: Self.yamlPrefix + "seq"
        case .map: Self.yamlPrefix + "map"
        case .set: Self.yamlPrefix + "set"
        case .omap: Self.yamlPrefix + "omap"
        case .pairs: Self.yamlPrefix + "pairs"
        case .pythonUnicode: Self.yamlPrefix + "python/unicode"
        case .other(let uri): uri
        }
    }

    /// The short form, `!!int` for YAML's own tags and the URI otherwise.
    public var description: String {
        let uri = self.uri
        if uri.hasPrefix(Self.yamlPrefix) { return "!!" + uri.dropFirst(Self.yamlPrefix.count) }
        return uri
    }
}
