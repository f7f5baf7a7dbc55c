/// A comment in YAML text, found by scanning the text (libyaml reports none).
public struct YAMLComment: Sendable, Hashable {
    /// From the `#` to the end of the line.
    public let range: SourceRange
    /// The text after the `#`, without the line break.
    public let text: String
    /// Whether the comment is the only thing on its line.
    public let isWholeLine: Bool

    /// Creates a comment.
    ///
    /// - Parameters:
    ///   - range: From the `#` to the end of the line.
    ///   - text: The text after the `#`.
    ///   - isWholeLine: Whether nothing but blanks precede it on its line.
    public init(range: SourceRange, text: String, isWholeLine: Bool) {
        self.range = range
        self.text = text
        self.isWholeLine = isWholeLine
    }
}
