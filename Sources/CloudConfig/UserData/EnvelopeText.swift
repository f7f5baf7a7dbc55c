/// A text that positions are given in: the file as given, or a text decoded from it (by base64,
/// gzip or a part's transfer encoding), named by its envelope path.
///
/// Lines and columns inside a decoded text count in that text, the way a user sees it after
/// `base64 -d` or `gunzip`.
public struct EnvelopeText: Sendable {
    /// The decoding layers that produced the text; empty for the file itself.
    public let path: EnvelopePath
    /// The text, with its line index; its `path` is the file's path.
    public let source: SourceFile

    /// Creates a text.
    ///
    /// - Parameters:
    ///   - path: The layers that produced it.
    ///   - source: The text.
    public init(path: EnvelopePath, source: SourceFile) {
        self.path = path
        self.source = source
    }
}
