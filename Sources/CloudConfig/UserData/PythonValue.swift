import BigInt

/// What Python makes of a loaded YAML value where cloud-init converts one: `str(value)`,
/// `int(value)`, truthiness.
enum PythonValue {
    /// The result of Python's `int(value)`.
    enum IntResult: Sendable, Hashable {
        /// The integer.
        case integer(BigInt)
        /// `ValueError` or `TypeError`, which cloud-init catches.
        case invalid
        /// `OverflowError` (`int(float('inf'))`), which cloud-init does not catch.
        case overflow
    }

    /// `str(value)`.
    static func str(_ value: YAMLValue) -> String {
        if case .scalar(let scalar) = value { return scalar.pythonStr }
        return repr(value)
    }

    /// `repr(value)`.
    static func repr(_ value: YAMLValue) -> String {
        switch value {
        case .scalar(let scalar): scalar.pythonRepr
        case .sequence(let items): "[" + items.map(repr).joined(separator: ", ") + "]"
        case .set(let items): items.isEmpty ? "set()" : "{" + items.map(repr).joined(separator: ", ") + "}"
        case .mapping(let entries):
            "{" + entries.map { repr($0.key) + ": " + repr($0.value) }.joined(separator: ", ") + "}"
        case .pairs(let entries):
            "[" + entries.map { "(" + repr($0.key) + ", " + repr($0.value) + ")" }.joined(separator: ", ") + "]"
        }
    }

    /// `bool(value)`.
    static func isTruthy(_ value: YAMLValue) -> Bool {
        switch value {
        case .scalar(let scalar):
            switch scalar {
            case .null: false
            case .bool(let flag): flag
            case .int(let integer): integer.bigValue != 0
            case .float(let number): number != 0
            case .string(let text): !text.isEmpty
            case .binary(let bytes): !bytes.isEmpty
            case .date, .dateTime: true
            }
        case .sequence(let items), .set(let items): !items.isEmpty
        case .mapping(let entries), .pairs(let entries): !entries.isEmpty
        }
    }

    /// `int(value)`.
    static func int(_ value: YAMLValue) -> IntResult {
        guard case .scalar(let scalar) = value else { return .invalid }
        switch scalar {
        case .bool(let flag): return .integer(flag ? 1 : 0)
        case .int(let integer): return .integer(integer.bigValue)
        case .float(let number):
            if number.isNaN { return .invalid }
            if number.isInfinite { return .overflow }
            return BigInt(exactly: number.rounded(.towardZero)).map(IntResult.integer) ?? .invalid
        case .string(let text): return PythonText.int(text).map(IntResult.integer) ?? .invalid
        case .binary(let bytes):
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return .invalid }
            return PythonText.int(String(decoding: bytes, as: UTF8.self)).map(IntResult.integer) ?? .invalid
        case .null, .date, .dateTime: return .invalid
        }
    }

    /// The value of a string key in a mapping, as `dict.get(key)` finds it.
    static func get(_ key: String, in entries: [YAMLValue.Entry]) -> YAMLValue? {
        entries.last { $0.key.string == key }?.value
    }
}
