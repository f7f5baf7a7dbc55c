/// The stable, kebab-case identifier of a lint rule or of a class of parse finding.
///
/// Identifiers are part of the interface: suppressions, configuration files and CI filters
/// name them, so a rule that is renamed keeps its old identifier as an alias.
public struct RuleID: RawRepresentable, Sendable, Hashable, Comparable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The identifier, for example `duplicate-key`.
    public let rawValue: String

    /// Creates an identifier.
    ///
    /// - Parameter rawValue: A kebab-case identifier.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Creates an identifier from a string literal.
    ///
    /// - Parameter value: A kebab-case identifier.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// A human-readable form of the value.
    public var description: String { rawValue }

    /// Whether the left value sorts before the right one.
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
