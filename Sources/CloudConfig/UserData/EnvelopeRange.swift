/// A range in one of the texts of a user-data file: the file itself, or a text decoded from it.
public struct EnvelopeRange: Sendable, Hashable, CustomStringConvertible {
    /// The decoding layers that produced the text the range is in; empty for the file itself.
    public var envelope: EnvelopePath
    /// The range, in that text's lines and columns.
    public var range: SourceRange

    /// Creates a range.
    ///
    /// - Parameters:
    ///   - envelope: The text's envelope path.
    ///   - range: The range in that text.
    public init(envelope: EnvelopePath, range: SourceRange) {
        self.envelope = envelope
        self.range = range
    }

    /// `line:column-line:column`, prefixed with the envelope path in brackets when the text is
    /// a decoded one: `[base64 > gzip] 3:1-3:9`.
    public var description: String {
        envelope.isFile ? range.description : "[\(envelope)] \(range)"
    }
}
