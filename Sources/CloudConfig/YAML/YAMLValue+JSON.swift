extension YAMLValue {
    /// The value as JSON, following cloudcfg's Show JSON contract: what Python's `json.dumps`
    /// writes for the loaded value, with dates in `isoformat()`, bytes in base64, infinities and
    /// NaN as the strings `"Infinity"`, `"-Infinity"` and `"NaN"`, sets as arrays and
    /// `!!omap`/`!!pairs` as arrays of two-item arrays.
    public var json: JSONValue {
        switch self {
        case .scalar(let scalar): Self.json(scalar)
        case .sequence(let items), .set(let items): .array(items.map(\.json))
        case .pairs(let entries): .array(entries.map { .array([$0.key.json, $0.value.json]) })
        case .mapping(let entries): .object(entries.map { (Self.jsonKey($0.key), $0.value.json) })
        }
    }

    private static func json(_ scalar: YAMLScalar) -> JSONValue {
        switch scalar {
        case .null: .null
        case .bool(let value): .bool(value)
        case .int(let value): .number(value.description)
        case .float(let value):
            if value.isNaN {
                .string("NaN")
            } else if value.isInfinite {
                .string(value < 0 ? "-Infinity" : "Infinity")
            } else {
                .number(PythonFormat.floatRepr(value))
            }
        case .string(let value): .string(value)
        case .binary(let value): .string(Base64.encode(value))
        case .date(let value): .string(value.description)
        case .dateTime(let value): .string(value.description)
        }
    }

    /// A mapping key as `json.dumps` writes it (`True` as `true`, `1.5` as `1.5`).
    private static func jsonKey(_ key: YAMLValue) -> String {
        switch key {
        case .scalar(let scalar):
            switch scalar {
            case .null: return "null"
            case .bool(let value): return value ? "true" : "false"
            case .float(let value):
                if value.isNaN { return "NaN" }
                if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
                return PythonFormat.floatRepr(value)
            case .binary(let value): return Base64.encode(value)
            case .dateTime(let value): return value.description
            default: return scalar.pythonStr
            }
        default:
            return key.json.serialized(pretty: false)
        }
    }
}
