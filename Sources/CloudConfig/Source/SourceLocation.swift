/// A position in a source file.
///
/// Lines and columns are 1-based. Columns count Unicode scalars, the unit libyaml and
/// cloud-init's PyYAML use, so `héllo` spans columns 1 to 6. The offset is 0-based and counts
/// UTF-8 bytes from the first byte of the file as given (a leading byte order mark included).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, counted in Unicode scalars.
    public var column: Int
    /// The 0-based offset in UTF-8 bytes from the start of the file.
    public var offset: Int

    /// Creates a location.
    ///
    /// - Parameters:
    ///   - line: The 1-based line number.
    ///   - column: The 1-based column in Unicode scalars.
    ///   - offset: The 0-based byte offset.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The `line:column` form used in diagnostics.
    public var description: String { "\(line):\(column)" }

    /// Whether the left value sorts before the right one.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column, lhs.offset) < (rhs.line, rhs.column, rhs.offset)
    }
}
