import BigInt

/// A mapping key compared as a Python `dict` compares keys: `True`, `1` and `1.0` are the same
/// key; strings compare by code point, never by Unicode canonical equivalence.
enum PythonKey: Hashable {
    case none
    /// An integer that fits a machine word (also `True`, `False` and integral floats).
    case integer(Int)
    /// A larger integer; never one that fits a machine word, so each value has one form.
    case bigInteger(BigInt)
    case float(Double)
    case string(CodePoints)
    case bytes([UInt8])
    case date(YAMLDate)
    case dateTime(YAMLDateTime)
    /// A key equal only to itself (NaN, which Python finds only by identity).
    case identity(Int)
    /// The one NaN object PyYAML returns for every `.nan` (`SafeConstructor.nan_value`); a
    /// `dict` finds it by identity, so all `.nan` keys are the same key.
    case sharedNaN

    /// The key for a constructed scalar.
    ///
    /// - Parameters:
    ///   - scalar: The scalar.
    ///   - node: The node's index, used as the identity of values equal to nothing else.
    ///   - text: The scalar's text, which tells PyYAML's shared `.nan` from other NaNs.
    init(_ scalar: YAMLScalar, node: Int, text: @autoclosure () -> String) {
        switch scalar {
        case .null: self = .none
        case .bool(let value): self = .integer(value ? 1 : 0)
        case .int(let value): self = Self.integer(value.bigValue, small: value.intValue)
        case .float(let value):
            if value.isNaN {
                self = Self.isNaNLiteral(text()) ? .sharedNaN : .identity(node)
            } else if value.isFinite, value == value.rounded() {
                if let small = Int(exactly: value) {
                    self = .integer(small)
                } else if let big = BigInt(exactly: value) {
                    self = .bigInteger(big)
                } else {
                    self = .float(value)
                }
            } else {
                self = .float(value)
            }
        case .string(let value): self = .string(CodePoints(value))
        case .binary(let value): self = .bytes(value)
        case .date(let value): self = .date(value)
        case .dateTime(let value): self = .dateTime(value)
        }
    }

    private static func integer(_ big: @autoclosure () -> BigInt, small: Int?) -> PythonKey {
        if let small { return .integer(small) }
        return .bigInteger(big())
    }

    /// Whether PyYAML's float constructor returns its shared `nan_value` for the text: `.nan`
    /// in any case, with underscores and a sign ignored (other NaNs come from Python's `float()`
    /// and are new objects).
    static func isNaNLiteral(_ text: String) -> Bool {
        var value = Substring(text.filter { $0 != "_" }.lowercased())
        if value.first == "-" || value.first == "+" { value = value.dropFirst() }
        return value == ".nan"
    }

    /// A string compared by its Unicode scalars, as Python compares `str`.
    struct CodePoints: Hashable {
        let text: String
        init(_ text: String) { self.text = text }
        static func == (lhs: CodePoints, rhs: CodePoints) -> Bool {
            lhs.text.utf8.count == rhs.text.utf8.count && lhs.text.utf8.elementsEqual(rhs.text.utf8)
        }
        func hash(into hasher: inout Hasher) {
            let hashed: Void? = text.utf8.withContiguousStorageIfAvailable {
                hasher.combine(bytes: UnsafeRawBufferPointer($0))
            }
            if hashed == nil {
                for byte in text.utf8 { hasher.combine(byte) }
            }
            hasher.combine(text.utf8.count)
        }
    }
}
