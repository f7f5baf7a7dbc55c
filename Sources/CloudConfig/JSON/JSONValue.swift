/// A JSON value with object members in a chosen order, written deterministically.
///
/// Public because library users exchange JSON with the layers that read or write it: the
/// instance data a Jinja template renders with (``JinjaTemplate/render(instanceData:)``, read
/// with ``parse(_:maximumDepth:)``) and the agent's effective configuration
/// (``AgentEffectiveConfiguration/json``), written with ``serialized(pretty:sortKeys:)``.
public indirect enum JSONValue: Sendable, Hashable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, already formatted (`42`, `1.0`, `1e+16`).
    case number(String)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object; members are written in this order unless the writer sorts them.
    case object([(String, JSONValue)])

    /// A number from an integer.
    ///
    /// - Parameter value: The integer.
    /// - Returns: The number.
    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    /// A string, or `null` for `nil`.
    ///
    /// - Parameter value: The string.
    /// - Returns: The string or `null`.
    public static func optional(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// Whether the two values are equal.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// Hashes the value consistently with its equality.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(value)
        case .number(let value): hasher.combine(value)
        case .string(let value): hasher.combine(value)
        case .array(let value): hasher.combine(value)
        case .object(let members):
            for (key, value) in members {
                hasher.combine(key)
                hasher.combine(value)
            }
        }
    }
}
