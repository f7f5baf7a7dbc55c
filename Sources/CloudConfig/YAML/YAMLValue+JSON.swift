extension YAMLValue {
    /// The value as JSON, following cloudcfg's Show JSON contract: what Python's `json.dumps`
    /// writes for the loaded value, with dates in `isoformat()`, bytes in base64, infinities and
    /// NaN as the strings `"Infinity"`, `"-Infinity"` and `"NaN"`, sets as arrays and
    /// `!!omap`/`!!pairs` as arrays of two-item arrays.
    package var json: JSONValue {
        // An explicit stack instead of recursion, so that no nesting depth overflows the call
        // stack: children are converted first, then each collection takes its items from the
        // end of `results`.
        var work: [JSONWork] = [.convert(self)]
        var results: [JSONValue] = []
        while let step = work.popLast() {
            switch step {
            case .convert(let value):
                switch value {
                case .scalar(let scalar):
                    results.append(Self.json(scalar))
                case .sequence(let items), .set(let items):
                    work.append(.array(items.count))
                    for item in items.reversed() { work.append(.convert(item)) }
                case .pairs(let entries):
                    work.append(.array(entries.count))
                    for entry in entries.reversed() {
                        work.append(.array(2))
                        work.append(.convert(entry.value))
                        work.append(.convert(entry.key))
                    }
                case .mapping(let entries):
                    work.append(.object(entries.map { Self.jsonKey($0.key) }))
                    for entry in entries.reversed() { work.append(.convert(entry.value)) }
                }
            case .array(let count):
                let items = Array(results[(results.count - count)...])
                results.removeLast(count)
                results.append(.array(items))
            case .object(let keys):
                let values = results[(results.count - keys.count)...]
                let members = Array(zip(keys, values))
                results.removeLast(keys.count)
                results.append(.object(members))
            }
        }
        return results.last ?? .null
    }

    /// A step of the conversion to JSON.
    private enum JSONWork {
        case convert(YAMLValue)
        case array(Int)
        case object([String])
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
