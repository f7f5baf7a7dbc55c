/// Python's text forms, equality, ordering and whitespace for ``JinjaValue``.
extension JinjaValue {
    /// Python's `str()`: what `{{ value }}` prints.
    func pythonString() throws(JinjaRenderError) -> String {
        switch self {
        case .string(let text): text
        case .undefined(let undefined): undefined.printed
        default: try pythonRepr()
        }
    }

    /// Python's `repr()`.
    func pythonRepr() throws(JinjaRenderError) -> String {
        switch self {
        case .undefined: return "Undefined"
        case .none: return "None"
        case .bool(let value): return value ? "True" : "False"
        case .int(let value): return String(value)
        case .float(let value): return PythonFormat.floatRepr(value)
        case .string(let text): return Self.stringRepr(text)
        case .list(let items): return "[" + (try Self.reprList(items)) + "]"
        case .tuple(let items):
            return items.count == 1 ? "(" + (try items[0].pythonRepr()) + ",)" : "(" + (try Self.reprList(items)) + ")"
        case .dict(let dict):
            var parts: [String] = []
            for (key, value) in dict.entries { parts.append((try key.pythonRepr()) + ": " + (try value.pythonRepr())) }
            return "{" + parts.joined(separator: ", ") + "}"
        case .loop(let loop): return "<LoopContext \(loop.index0 + 1)/\(loop.length)>"
        case .callable(let callable):
            throw .unsupported("printing the function or method '\(callable.name)' is not supported")
        case .namespace: throw .unsupported("printing a namespace is not supported")
        case .view(let view):
            switch view.kind {
            case .range(let start, let stop, let step):
                return step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))"
            case .dictView(let name): return name + "([" + (try Self.reprList(view.items)) + "])"
            case .generator(let name):
                throw .unsupported(
                    "printing the generator that '\(name)' returns is not supported (it prints an "
                        + "object address); pipe it to 'list' or 'join'")
            }
        }
    }

    private static func reprList(_ items: [JinjaValue]) throws(JinjaRenderError) -> String {
        var parts: [String] = []
        parts.reserveCapacity(items.count)
        for item in items { parts.append(try item.pythonRepr()) }
        return parts.joined(separator: ", ")
    }

    /// Jinja's `object_type_repr`: `dict object`, `None`, `str object`.
    var objectTypeRepr: String {
        if case .none = self { return "None" }
        return "\(typeName) object"
    }

    /// Python's `repr(str)`.
    static func stringRepr(_ text: String) -> String {
        let useDouble = text.contains("'") && !text.contains("\"")
        let quote: Unicode.Scalar = useDouble ? "\"" : "'"
        var result = String.UnicodeScalarView()
        result.append(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": result.append(contentsOf: "\\n".unicodeScalars)
            case "\r": result.append(contentsOf: "\\r".unicodeScalars)
            case "\t": result.append(contentsOf: "\\t".unicodeScalars)
            case quote: result.append(contentsOf: "\\\(quote)".unicodeScalars)
            default:
                if isPythonPrintable(scalar) {
                    result.append(scalar)
                } else if scalar.value < 0x100 {
                    result.append(contentsOf: ("\\x" + PythonFormat.hex(scalar.value, width: 2)).unicodeScalars)
                } else if scalar.value < 0x10000 {
                    result.append(contentsOf: ("\\u" + PythonFormat.hex(scalar.value, width: 4)).unicodeScalars)
                } else {
                    result.append(contentsOf: ("\\U" + PythonFormat.hex(scalar.value, width: 8)).unicodeScalars)
                }
            }
        }
        result.append(quote)
        return String(result)
    }

    /// Python's `str.isprintable()` for one scalar: not a control, format, surrogate, private
    /// use, unassigned or separator character, except the space.
    static func isPythonPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
            .spaceSeparator:
            return false
        default: return true
        }
    }

    /// Python's `str.isspace()` for one scalar.
    static func isPythonSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default: false
        }
    }

    /// Python's `==`.
    static func pythonEquals(_ lhs: JinjaValue, _ rhs: JinjaValue) -> Bool {
        switch (lhs, rhs) {
        case (.undefined, .undefined), (.none, .none): return true
        case (.string(let a), .string(let b)): return a.unicodeScalars.elementsEqual(b.unicodeScalars)
        case (.list(let a), .list(let b)), (.tuple(let a), .tuple(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { pythonEquals($0, $1) }
        case (.dict(let a), .dict(let b)):
            guard a.count == b.count else { return false }
            for (key, value) in a.entries {
                guard let other = b.value(for: key), pythonEquals(value, other) else { return false }
            }
            return true
        case (.namespace(let a), .namespace(let b)): return a == b
        default:
            if let a = lhs.numeric, let b = rhs.numeric { return a == b }
            return false
        }
    }

    /// A number's value for comparison: bools are integers in Python.
    enum Numeric: Equatable, Comparable {
        case int(Int)
        case float(Double)

        static func == (lhs: Numeric, rhs: Numeric) -> Bool {
            switch (lhs, rhs) {
            case (.int(let a), .int(let b)): a == b
            case (.float(let a), .float(let b)): a == b
            case (.int(let a), .float(let b)), (.float(let b), .int(let a)): Double(a) == b && Int(exactly: b) == a
            }
        }

        static func < (lhs: Numeric, rhs: Numeric) -> Bool {
            switch (lhs, rhs) {
            case (.int(let a), .int(let b)): a < b
            case (.float(let a), .float(let b)): a < b
            case (.int(let a), .float(let b)): Double(a) < b
            case (.float(let a), .int(let b)): a < Double(b)
            }
        }
    }

    /// The value as a number, for ints, floats and bools.
    var numeric: Numeric? {
        switch self {
        case .int(let value): .int(value)
        case .float(let value): .float(value)
        case .bool(let value): .int(value ? 1 : 0)
        default: nil
        }
    }

    /// Python's `<`, raising `TypeError` between unorderable types as Python does.
    static func pythonLess(_ lhs: JinjaValue, _ rhs: JinjaValue, op: String = "<") throws(JinjaRenderError) -> Bool {
        if case .undefined(let undefined) = lhs { throw .undefined(undefined.message) }
        if case .undefined(let undefined) = rhs { throw .undefined(undefined.message) }
        if let a = lhs.numeric, let b = rhs.numeric { return a < b }
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)):
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
        case (.list(let a), .list(let b)), (.tuple(let a), .tuple(let b)):
            for (x, y) in zip(a, b) where !pythonEquals(x, y) { return try pythonLess(x, y) }
            return a.count < b.count
        default:
            throw .type("'\(op)' not supported between instances of '\(lhs.typeName)' and '\(rhs.typeName)'")
        }
    }

    /// The scalars of a string value.
    var scalars: [Unicode.Scalar]? {
        if case .string(let text) = self { return Array(text.unicodeScalars) }
        return nil
    }
}
