/// Where in a provisioning plan a value is, named as a profile names it: `admin.ssh-keys.0`,
/// `files.2.path`, `storage.resource-disk.swap.percent`.
///
/// Problems carry a field so that whoever built the plan can point at the value: a profile
/// reader at the line that gave it, a program at its own variable.
public struct PlanField: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// One step of a field's path.
    public enum Component: Sendable, Hashable {
        /// A key of a mapping, as the profile spells it (`ssh-keys`).
        case key(String)
        /// An index into a list, from 0.
        case index(Int)
    }

    /// The steps, outermost first; empty for the plan as a whole.
    public var components: [Component]

    /// Creates a field.
    ///
    /// - Parameter components: The steps, outermost first.
    public init(_ components: [Component] = []) { self.components = components }

    /// The plan as a whole.
    public static let root = PlanField()

    /// A top-level field.
    ///
    /// - Parameter key: The key, such as `packages`.
    /// - Returns: The field.
    public static func key(_ key: String) -> PlanField { PlanField([.key(key)]) }

    /// The field below this one at a key.
    ///
    /// - Parameter key: The key.
    /// - Returns: The field.
    public func key(_ key: String) -> PlanField { PlanField(components + [.key(key)]) }

    /// The field below this one at an index.
    ///
    /// - Parameter index: The index.
    /// - Returns: The field.
    public func index(_ index: Int) -> PlanField { PlanField(components + [.index(index)]) }

    /// The field that contains this one; the root for a top-level field and for the root.
    public var parent: PlanField { PlanField(Array(components.dropLast())) }

    /// The path with `.` between steps, such as `files.2.path`; empty for the root.
    public var description: String {
        components.map { component in
            switch component {
            case .key(let key): key
            case .index(let index): String(index)
            }
        }.joined(separator: ".")
    }

    /// Orders fields by their text, so that problems list in a stable order.
    public static func < (lhs: PlanField, rhs: PlanField) -> Bool { lhs.description < rhs.description }
}
