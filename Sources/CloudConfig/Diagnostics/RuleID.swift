/// The stable, kebab-case identifier of a lint rule.
///
/// Identifiers are part of the interface: suppressions, configuration files and CI filters
/// name them, so a rule that is renamed keeps its old identifier as an alias. Every identifier
/// cloudcfg has is a static member declared in `RuleID+Identifiers.swift`; configuration files
/// and suppression comments turn text into identifiers with ``init(rawValue:)``.
public struct RuleID: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The identifier, for example `duplicate-key`.
    public let rawValue: String

    /// Creates an identifier.
    ///
    /// - Parameter rawValue: A kebab-case identifier.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A human-readable form of the value.
    public var description: String { rawValue }

    /// Whether the left value sorts before the right one.
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}
