/// A secondary message attached to a finding, optionally at its own location — in the finding's
/// file, or in another file linted with it (a check across the files of an image names both).
public struct Note: Sendable, Hashable {
    /// The message, for example `first defined here`.
    public var message: String
    /// Where the note points, if anywhere.
    public var range: SourceRange?
    /// The file the note points into, when it is not the finding's own file (the path as given);
    /// `nil` for the finding's file.
    public var path: String?

    /// Creates a note.
    ///
    /// - Parameters:
    ///   - message: The message.
    ///   - range: Where the note points.
    ///   - path: The file the range is in, when it is not the finding's own.
    public init(_ message: String, at range: SourceRange? = nil, in path: String? = nil) {
        self.message = message
        self.range = range
        self.path = path
    }
}
