/// A scalar value as cloud-init's loader (PyYAML's SafeLoader) constructs it.
public enum YAMLScalar: Sendable, Hashable {
    /// Python's `None`.
    case null
    /// A boolean (`yes`, `on`, `true`, ...).
    case bool(Bool)
    /// An integer, unbounded.
    case int(YAMLInteger)
    /// A floating-point number.
    case float(Double)
    /// A string.
    case string(String)
    /// Bytes from a `!!binary` scalar.
    case binary([UInt8])
    /// A calendar date (`2020-01-01`).
    indirect case date(YAMLDate)
    /// A date and time (`2001-12-14T21:59:43Z`).
    indirect case dateTime(YAMLDateTime)

    /// The Python type name, as cloud-init's messages show it (`str`, `int`, `datetime.date`).
    public var pythonTypeName: String {
        switch self {
        case .null: "NoneType"
        case .bool: "bool"
        case .int: "int"
        case .float: "float"
        case .string: "str"
        case .binary: "bytes"
        case .date: "datetime.date"
        case .dateTime: "datetime.datetime"
        }
    }

    /// The text Python's `str()` gives, which is how cloud-init writes a key in a key path.
    public var pythonStr: String {
        switch self {
        case .null: "None"
        case .bool(let value): value ? "True" : "False"
        case .int(let value): value.description
        case .float(let value): PythonFormat.floatRepr(value)
        case .string(let value): value
        case .binary(let value): PythonFormat.bytesRepr(value)
        case .date(let value): value.description
        case .dateTime(let value): value.isoformat(separator: " ")
        }
    }

    /// The text Python's `repr()` gives, as in cloud-init's schema messages (`'0644'`, `420`).
    public var pythonRepr: String {
        switch self {
        case .string(let value): PythonFormat.stringRepr(value)
        case .date(let value): "datetime.date(\(value.year), \(value.month), \(value.day))"
        case .dateTime(let value): "datetime.datetime('\(value.description)')"
        default: pythonStr
        }
    }

    /// The string, if this is a string.
    public var string: String? {
        if case .string(let value) = self { value } else { nil }
    }

    /// Whether Python's `isinstance(value, str)` or cloud-init's schema (which also accepts
    /// `bytes`) counts the value as a string.
    public var isStringLike: Bool {
        switch self {
        case .string, .binary: true
        default: false
        }
    }
}
