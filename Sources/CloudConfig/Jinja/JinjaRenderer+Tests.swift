/// Jinja's built-in tests (`value is name`).
extension JinjaRenderer {
    mutating func applyTest(_ name: String, to value: JinjaValue, _ arguments: JinjaArguments, soft: Bool)
        throws(JinjaRenderError) -> Bool
    {
        guard JinjaParser.jinjaTests.contains(name) else { throw .other("No test named '\(name)' found.") }
        let (positional, keywords) = try evaluateArguments(arguments)
        guard keywords.isEmpty else { throw .unsupported("keyword arguments to tests are not supported") }
        return try test(name, value, positional)
    }

    func test(_ name: String, _ value: JinjaValue, _ arguments: [JinjaValue]) throws(JinjaRenderError) -> Bool {
        func other() throws(JinjaRenderError) -> JinjaValue {
            guard let first = arguments.first else { throw .type("\(name)() missing 1 required positional argument") }
            return first
        }
        switch name {
        case "defined": return !value.isUndefined
        case "undefined": return value.isUndefined
        case "none": return value.isNone
        case "boolean":
            if case .bool = value { return true }
            return false
        case "true":
            if case .bool(true) = value { return true }
            return false
        case "false":
            if case .bool(false) = value { return true }
            return false
        case "integer":
            if case .int = value { return true }
            return false
        case "float":
            if case .float = value { return true }
            return false
        case "number": return value.numeric != nil
        case "string":
            if case .string = value { return true }
            return false
        case "mapping":
            if case .dict = value { return true }
            return false
        case "sequence":
            switch value {
            case .string, .list, .tuple, .dict: return true
            case .view(let view): return !view.isGenerator
            case .undefined: return true
            default: return false
            }
        case "iterable":
            switch value {
            case .string, .list, .tuple, .dict, .view, .undefined: return true
            default: return false
            }
        case "callable":
            if case .callable = value { return true }
            return false
        case "escaped": return false
        case "lower", "upper":
            let text = try value.pythonString()
            var cased = false
            for scalar in text.unicodeScalars {
                let properties = scalar.properties
                if name == "lower" {
                    if properties.isUppercase || properties.generalCategory == .titlecaseLetter { return false }
                    if properties.isLowercase { cased = true }
                } else {
                    if properties.isLowercase || properties.generalCategory == .titlecaseLetter { return false }
                    if properties.isUppercase { cased = true }
                }
            }
            return cased
        case "even", "odd":
            let remainder = try binary(.modulo, value, .int(2))
            let isOdd = JinjaValue.pythonEquals(remainder, .int(1))
            return name == "odd" ? isOdd : JinjaValue.pythonEquals(remainder, .int(0))
        case "divisibleby":
            return JinjaValue.pythonEquals(try binary(.modulo, value, try other()), .int(0))
        case "eq", "equalto", "==": return JinjaValue.pythonEquals(value, try other())
        case "ne", "!=": return !JinjaValue.pythonEquals(value, try other())
        case "lt", "lessthan", "<": return try JinjaValue.pythonLess(value, try other(), op: "<")
        case "gt", "greaterthan", ">": return try JinjaValue.pythonLess(try other(), value, op: ">")
        case "le", "<=":
            let bound = try other()
            return try JinjaValue.pythonLess(value, bound, op: "<=") || JinjaValue.pythonEquals(value, bound)
        case "ge", ">=":
            let bound = try other()
            return try JinjaValue.pythonLess(bound, value, op: ">=") || JinjaValue.pythonEquals(value, bound)
        case "in": return try contains(try other(), value)
        case "filter":
            guard case .string(let filterName) = value else { return false }
            return JinjaParser.jinjaFilters.contains(filterName)
        case "test":
            guard case .string(let testName) = value else { return false }
            return JinjaParser.jinjaTests.contains(testName)
        case "sameas":
            let bound = try other()
            switch (value, bound) {
            case (.none, .none): return true
            case (.bool(let a), .bool(let b)): return a == b
            case (.none, _), (_, .none), (.bool, _), (_, .bool): return false
            default: throw .unsupported("'sameas' between these values depends on Python object identity")
            }
        default:
            throw .unsupported("the test '\(name)' is not supported")
        }
    }
}
