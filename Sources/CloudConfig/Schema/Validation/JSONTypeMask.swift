/// A set of JSON types as bits, so that a type check is one `and` rather than a hashed lookup.
struct JSONTypeMask: OptionSet, Sendable {
    let rawValue: UInt8

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The set holding one type.
    init(_ type: JSONType) {
        switch type {
        case .null: rawValue = 1 << 0
        case .boolean: rawValue = 1 << 1
        case .integer: rawValue = 1 << 2
        case .number: rawValue = 1 << 3
        case .string: rawValue = 1 << 4
        case .array: rawValue = 1 << 5
        case .object: rawValue = 1 << 6
        }
    }

    /// The types a value may have under a schema's `type`: the listed ones, and integers where
    /// numbers are allowed (JSON Schema counts every integer as a number).
    init(accepting types: Set<JSONType>) {
        var mask = JSONTypeMask()
        for type in types { mask.insert(JSONTypeMask(type)) }
        if mask.contains(JSONTypeMask(.number)) { mask.insert(JSONTypeMask(.integer)) }
        self = mask
    }
}
