/// A sample input for a rule, with `1️⃣`, `2️⃣`, ... marking where findings must start.
///
/// Triggering examples must produce a finding of the rule at every marker and nowhere else;
/// non-triggering examples must produce none. The test suite runs every example, and
/// `cloudcfg explain RULE` prints them.
public struct RuleExample: Sendable, Hashable, ExpressibleByStringLiteral {
    /// The text with markers.
    public let markedText: String

    /// The markers cloudcfg recognises, in order.
    public static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// Creates an example.
    ///
    /// - Parameter value: The text, with markers where findings start.
    public init(stringLiteral value: String) { markedText = value }

    /// Creates an example.
    ///
    /// - Parameter text: The text, with markers where findings start.
    public init(_ text: String) { markedText = text }

    /// The text without markers.
    public var text: String {
        var text = markedText
        for marker in Self.markers { text = text.replacing(marker, with: "") }
        return text
    }

    /// The 1-based line and column (in Unicode scalars of the text without markers) of each
    /// marker, in the order they appear.
    public var markerLocations: [(line: Int, column: Int)] {
        var locations: [(line: Int, column: Int)] = []
        var line = 1
        var column = 1
        var remaining = Substring(markedText)
        while let first = remaining.first {
            if let marker = Self.markers.first(where: { remaining.hasPrefix($0) }) {
                locations.append((line, column))
                remaining = remaining.dropFirst(marker.count)
                continue
            }
            if first == "\n" {
                line += 1
                column = 1
            } else {
                column += first.unicodeScalars.count
            }
            remaining = remaining.dropFirst()
        }
        return locations
    }
}
