/// A half-open range of source text: `start` is the first character, `end` the position just
/// after the last one.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
    /// The first position in the range.
    public var start: SourceLocation
    /// The position just after the range.
    public var end: SourceLocation

    /// Creates a range from its bounds.
    ///
    /// - Parameters:
    ///   - start: The first position.
    ///   - end: The position just after the last character.
    public init(start: SourceLocation, end: SourceLocation) {
        self.start = start
        self.end = end
    }

    /// An empty range at a location.
    ///
    /// - Parameter location: Where the empty range sits.
    public init(at location: SourceLocation) {
        self.start = location
        self.end = location
    }

    /// Whether the range covers no text.
    public var isEmpty: Bool { start.offset >= end.offset }

    /// Whether the range contains a byte offset.
    ///
    /// - Parameter offset: A 0-based byte offset.
    /// - Returns: `true` when `start.offset <= offset < end.offset`.
    public func contains(offset: Int) -> Bool {
        start.offset <= offset && offset < end.offset
    }

    /// The smallest range covering both ranges.
    ///
    /// - Parameter other: Another range in the same file.
    /// - Returns: The union of the two ranges.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    /// The `line:column-line:column` form.
    public var description: String { "\(start)-\(end)" }
}
