/// A replacement of one range of a file by new text.
public struct TextEdit: Sendable, Hashable {
    /// The range replaced; empty for an insertion.
    public var range: SourceRange
    /// The text put in its place.
    public var replacement: String

    /// Creates an edit.
    ///
    /// - Parameters:
    ///   - range: The range replaced.
    ///   - replacement: The new text.
    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}
