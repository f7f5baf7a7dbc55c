/// One `key=value` line of waagent.conf as the agent's parser splits it.
///
/// The agent keeps every such line in a dictionary, so an entry exists for unknown keys,
/// misspelt keys and indented `# key=value` lines alike; a later entry with the same key
/// replaces an earlier one.
public struct AgentEntry: Sendable, Hashable {
    /// The key: the text before the first `=`, without surrounding whitespace. Case matters.
    public var key: String
    /// The value the agent stores: cut at the first `#`, double quotes and spaces stripped, then
    /// whitespace; `nil` for the literal `None`.
    public var value: String?
    /// The stored text before the `None` check (`None` for a `None` entry).
    public var keptText: String
    /// Everything after the first `=` on the line, as written (a trailing CR included).
    public var rawValue: String
    /// The 0-based position of the entry among all entries of the file.
    public var index: Int
    /// The 1-based line on which the entry starts, in the file's own line numbering.
    public var line: Int
    /// The line's text without its line feed (a CR before it stays).
    public var lineText: String
    /// The whole line, without its line feed.
    public var lineRange: SourceRange
    /// The key as stored (empty when the key is empty).
    public var keyRange: SourceRange
    /// The `=` that separates key and value.
    public var equalsRange: SourceRange
    /// The value as stored (`None` included); empty where the stored value is empty.
    public var valueRange: SourceRange
    /// From the first `#` after the `=` to the end of the line: the part the agent cuts off.
    public var cutRange: SourceRange?
    /// Whether the agent stripped a double quote from either end of the value.
    public var strippedDoubleQuote: Bool

    /// Whether the line's first non-blank character is `#` although the first character is not:
    /// the agent reads it as a key starting with `#`, not as a comment.
    public var isIndentedComment: Bool { key.hasPrefix("#") }

    /// Whether the value is the literal `None`, which the agent stores as no value.
    public var isNone: Bool { value == nil }
}

/// What the agent does with a whole file before looking at its lines.
public enum AgentFileStatus: Sendable, Hashable {
    /// The agent reads the file line by line.
    case readable
    /// The file has no bytes: the agent refuses it ("Can't not parse empty configuration") and
    /// does not start.
    case empty
    /// The file is not UTF-8: the agent's strict decoding fails and it does not start. The
    /// offset is that of the first byte that does not decode.
    case invalidEncoding(offset: Int)
    /// The file is larger than cloudcfg reads (``AgentConfiguration/maximumSize``).
    case tooLarge(size: Int)
}
