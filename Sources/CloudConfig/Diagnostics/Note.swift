/// A secondary message attached to a finding, optionally at its own location.
public struct Note: Sendable, Hashable {
    /// The message, for example `first defined here`.
    public var message: String
    /// Where the note points, if anywhere.
    public var range: SourceRange?

    /// Creates a note.
    ///
    /// - Parameters:
    ///   - message: The message.
    ///   - range: Where the note points.
    public init(_ message: String, at range: SourceRange? = nil) {
        self.message = message
        self.range = range
    }
}
