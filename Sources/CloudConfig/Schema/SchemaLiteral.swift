/// A constant in the catalog: an allowed value, a default or an example.
public enum SchemaLiteral: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral,
    ExpressibleByFloatLiteral
{
    /// `null`.
    case null
    /// A boolean.
    case bool(Bool)
    /// An integer.
    case int(Int)
    /// A floating-point number.
    case float(Double)
    /// A string.
    case string(String)
    /// A list of literals.
    case list([SchemaLiteral])

    /// Creates a string literal.
    public init(stringLiteral value: String) { self = .string(value) }
    /// Creates an integer literal.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// Creates a boolean literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// Creates `null`.
    public init(nilLiteral: ()) { self = .null }
    /// Creates a floating-point literal.
    public init(floatLiteral value: Double) { self = .float(value) }

    /// The literal as YAML would write it in a cloud-config (`'0644'`, `true`, `null`).
    public var description: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .float(let value): PythonFormat.floatRepr(value)
        case .string(let value):
            YAMLResolver.implicitTag(value) == .str && !value.isEmpty && !value.contains(": ")
                && !value.hasPrefix(" ") && !value.hasSuffix(" ")
                ? value : PythonFormat.stringRepr(value)
        case .list(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        }
    }

    /// The literal as JSON.
    package var json: JSONValue {
        switch self {
        case .null: .null
        case .bool(let value): .bool(value)
        case .int(let value): .int(value)
        case .float(let value): .number(PythonFormat.floatRepr(value))
        case .string(let value): .string(value)
        case .list(let items): .array(items.map(\.json))
        }
    }

    /// The JSON type of the literal.
    public var jsonType: JSONType {
        switch self {
        case .null: .null
        case .bool: .boolean
        case .int: .integer
        case .float: .number
        case .string: .string
        case .list: .array
        }
    }
}
