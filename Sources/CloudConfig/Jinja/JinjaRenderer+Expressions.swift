/// Expression evaluation with Python's and Jinja's semantics.
extension JinjaRenderer {
    mutating func evaluate(_ expression: JinjaExpression) throws(JinjaRenderError) -> JinjaValue {
        do {
            return try evaluateKind(expression)
        } catch {
            throw error.withRange(expression.range)
        }
    }

    private mutating func evaluateKind(_ expression: JinjaExpression) throws(JinjaRenderError) -> JinjaValue {
        switch expression.kind {
        case .literal(let value): return value
        case .name(let name): return lookup(name)
        case .list(let items):
            var values: [JinjaValue] = []
            for item in items { values.append(try evaluate(item)) }
            return .list(values)
        case .tuple(let items):
            var values: [JinjaValue] = []
            for item in items { values.append(try evaluate(item)) }
            return .tuple(values)
        case .dict(let keys, let values):
            var dict = JinjaDict()
            for (keyExpression, valueExpression) in zip(keys, values) {
                let key = try evaluate(keyExpression)
                let value = try evaluate(valueExpression)
                guard dict.set(key, value) else { throw .type("unhashable type: '\(key.typeName)'") }
            }
            return .dict(dict)
        case .attribute(let object, let name):
            return try attribute(of: try evaluate(object), name)
        case .item(let object, let key):
            let container = try evaluate(object)
            if case .slice = key.kind { throw .unsupported("slices inside a tuple subscript are not supported") }
            return try item(of: container, try evaluate(key))
        case .slice(let object, let lower, let upper, let step):
            let container = try evaluate(object)
            let bounds = [
                try lower.map { e throws(JinjaRenderError) in try evaluate(e) },
                try upper.map { e throws(JinjaRenderError) in try evaluate(e) },
                try step.map { e throws(JinjaRenderError) in try evaluate(e) },
            ]
            return try slice(container, bounds[0], bounds[1], bounds[2])
        case .call(let callee, let arguments):
            let function = try evaluate(callee)
            let (positional, keywords) = try evaluateArguments(arguments)
            return try call(function, positional, keywords)
        case .filter(let operand, let name, let arguments, let soft):
            let value = try evaluate(operand)
            return try applyFilter(name, to: value, arguments, soft: soft)
        case .test(let operand, let name, let arguments, let soft):
            let value = try evaluate(operand)
            return .bool(try applyTest(name, to: value, arguments, soft: soft))
        case .not(let operand):
            return .bool(!(try evaluate(operand).isTruthy))
        case .negate(let operand):
            return try negate(try evaluate(operand))
        case .plus(let operand):
            let value = try evaluate(operand)
            switch value {
            case .undefined(let undefined): throw .undefined(undefined.message)
            case .int, .float: return value
            case .bool(let flag): return .int(flag ? 1 : 0)
            default: throw .type("bad operand type for unary +: '\(value.typeName)'")
            }
        case .binary(let op, let left, let right):
            return try binary(op, try evaluate(left), try evaluate(right))
        case .and(let left, let right):
            let value = try evaluate(left)
            return value.isTruthy ? try evaluate(right) : value
        case .or(let left, let right):
            let value = try evaluate(left)
            return value.isTruthy ? value : try evaluate(right)
        case .compare(let first, let operations):
            var left = try evaluate(first)
            for (op, rightExpression) in operations {
                let right = try evaluate(rightExpression)
                guard try compare(op, left, right) else { return .bool(false) }
                left = right
            }
            return .bool(true)
        case .concat(let items):
            var text = ""
            for item in items {
                text += try evaluate(item).pythonString()
                try checkSize(text.utf8.count)
            }
            return .string(text)
        case .conditional(let test, let then, let otherwise):
            if try evaluate(test).isTruthy { return try evaluate(then) }
            if let otherwise { return try evaluate(otherwise) }
            var undefined = JinjaUndefined.hinted(
                "the inline if-expression evaluated to false and no else section was defined.")
            undefined.isPlain = true
            return .undefined(undefined)
        case .unsupported(let message):
            throw .unsupported(message)
        }
    }

    func checkSize(_ count: Int) throws(JinjaRenderError) {
        if count > limits.maximumOutputBytes {
            throw .limit("a string would exceed \(limits.maximumOutputBytes) bytes")
        }
    }

    mutating func evaluateArguments(_ arguments: JinjaArguments) throws(JinjaRenderError)
        -> ([JinjaValue], [(String, JinjaValue)])
    {
        if arguments.hasDynamic { throw .unsupported("*args and **kwargs in calls are not supported") }
        var positional: [JinjaValue] = []
        for argument in arguments.positional { positional.append(try evaluate(argument)) }
        var keywords: [(String, JinjaValue)] = []
        for (name, argument) in arguments.keywords { keywords.append((name, try evaluate(argument))) }
        return (positional, keywords)
    }

    // MARK: - Attributes and items

    /// Python attributes of built-in types that shadow dictionary keys in `value.name`.
    static let dictAttributes: Set<String> = [
        "clear", "copy", "fromkeys", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values",
    ]
    static let stringAttributes: Set<String> = [
        "capitalize", "casefold", "center", "count", "encode", "endswith", "expandtabs", "find", "format",
        "format_map", "index", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
        "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "ljust", "lower", "lstrip",
        "maketrans", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust",
        "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
        "translate", "upper", "zfill",
    ]
    static let listAttributes: Set<String> = [
        "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort",
    ]
    static let numberAttributes: Set<String> = [
        "as_integer_ratio", "bit_count", "bit_length", "conjugate", "denominator", "from_bytes", "imag",
        "numerator", "real", "to_bytes", "fromhex", "hex", "is_integer",
    ]

    /// Jinja's `getattr`: the Python attribute first, then the item.
    func attribute(of object: JinjaValue, _ name: String) throws(JinjaRenderError) -> JinjaValue {
        if case .undefined(let undefined) = object { throw .undefined(undefined.message) }
        if name.hasPrefix("__") {
            throw .unsupported("the attribute '\(name)' is not supported (cloud-init 26.2's sandbox refuses it)")
        }
        switch object {
        case .dict(let dict):
            if Self.dictAttributes.contains(name) { return .callable(JinjaCallable(name: name, receiver: object)) }
            return dict[name] ?? .undefined(.member(.string(name), of: object))
        case .string:
            if Self.stringAttributes.contains(name) { return .callable(JinjaCallable(name: name, receiver: object)) }
        case .list:
            if Self.listAttributes.contains(name) { return .callable(JinjaCallable(name: name, receiver: object)) }
        case .tuple:
            if name == "count" || name == "index" { return .callable(JinjaCallable(name: name, receiver: object)) }
        case .int, .float, .bool:
            if Self.numberAttributes.contains(name) {
                throw .unsupported("the number attribute '\(name)' is not supported")
            }
        case .loop(let loop):
            return try loopAttribute(loop, name, object)
        case .namespace(let id):
            return namespaces[id][name] ?? .undefined(.member(.string(name), of: object))
        case .callable, .view:
            throw .unsupported("attributes of a '\(object.typeName)' are not supported")
        default: break
        }
        return .undefined(.member(.string(name), of: object))
    }

    private func loopAttribute(_ loop: JinjaLoop, _ name: String, _ object: JinjaValue) throws(JinjaRenderError)
        -> JinjaValue
    {
        switch name {
        case "index": return .int(loop.index0 + 1)
        case "index0": return .int(loop.index0)
        case "revindex": return .int(loop.length - loop.index0)
        case "revindex0": return .int(loop.length - loop.index0 - 1)
        case "first": return .bool(loop.index0 == 0)
        case "last": return .bool(loop.index0 == loop.length - 1)
        case "length": return .int(loop.length)
        case "depth": return .int(1)
        case "depth0": return .int(0)
        case "previtem": return loop.previous ?? .undefined(.hinted("there is no previous item"))
        case "nextitem": return loop.next ?? .undefined(.hinted("there is no next item"))
        case "cycle": return .callable(JinjaCallable(name: "cycle", receiver: object))
        case "changed": throw .unsupported("loop.changed is not supported")
        default: return .undefined(.member(.string(name), of: object))
        }
    }

    /// Jinja's `getitem`: the item first, then the Python attribute.
    func item(of object: JinjaValue, _ key: JinjaValue) throws(JinjaRenderError) -> JinjaValue {
        if case .undefined(let undefined) = object { throw .undefined(undefined.message) }
        switch object {
        case .dict(let dict):
            if let value = dict.value(for: key) { return value }
            guard JinjaDict.isHashable(key) else { return .undefined(.member(key, of: object)) }
        case .list(let items), .tuple(let items):
            if let position = Self.index(key, count: items.count) { return items[position] }
        case .view(let view) where !view.isGenerator:
            if case .range = view.kind, let position = Self.index(key, count: view.items.count) {
                return view.items[position]
            }
        case .string(let text):
            let scalars = Array(text.unicodeScalars)
            if let position = Self.index(key, count: scalars.count) { return .string(String(scalars[position])) }
        default: break
        }
        if case .string(let name) = key {
            if name.hasPrefix("__") { throw .unsupported("the attribute '\(name)' is not supported") }
            return try attribute(of: object, name)
        }
        return .undefined(.member(key, of: object))
    }

    /// A Python index into a sequence of `count` items, or nil when out of range or not an int.
    static func index(_ key: JinjaValue, count: Int) -> Int? {
        let raw: Int
        switch key {
        case .int(let value): raw = value
        case .bool(let flag): raw = flag ? 1 : 0
        default: return nil
        }
        let position = raw < 0 ? raw + count : raw
        return position >= 0 && position < count ? position : nil
    }

    /// Python slicing of a list, tuple or string.
    func slice(_ object: JinjaValue, _ lower: JinjaValue?, _ upper: JinjaValue?, _ step: JinjaValue?)
        throws(JinjaRenderError) -> JinjaValue
    {
        if case .undefined(let undefined) = object { throw .undefined(undefined.message) }
        func bound(_ value: JinjaValue?) throws(JinjaRenderError) -> Int? {
            switch value {
            case nil, .none?: return nil
            case .int(let number)?: return number
            case .bool(let flag)?: return flag ? 1 : 0
            case .undefined(let undefined)?: throw .undefined(undefined.message)
            default: throw .type("slice indices must be integers or None or have an __index__ method")
            }
        }
        let stepValue = try bound(step) ?? 1
        guard stepValue != 0 else { throw .other("slice step cannot be zero") }
        let start = try bound(lower)
        let stop = try bound(upper)
        func pick<T>(_ items: [T]) -> [T] {
            let count = items.count
            func clamp(_ value: Int?, _ defaultValue: Int, low: Int, high: Int) -> Int {
                guard var value else { return defaultValue }
                if value < 0 { value += count }
                return min(max(value, low), high)
            }
            var result: [T] = []
            if stepValue > 0 {
                var position = clamp(start, 0, low: 0, high: count)
                let end = clamp(stop, count, low: 0, high: count)
                while position < end {
                    result.append(items[position])
                    position += stepValue
                }
            } else {
                var position = clamp(start, count - 1, low: -1, high: count - 1)
                let end = clamp(stop, -1, low: -1, high: count - 1)
                while position > end {
                    result.append(items[position])
                    position += stepValue
                }
            }
            return result
        }
        switch object {
        case .list(let items): return .list(pick(items))
        case .tuple(let items): return .tuple(pick(items))
        case .string(let text):
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: pick(Array(text.unicodeScalars)))
            return .string(String(scalars))
        default:
            return .undefined(.member(.none, of: object))
        }
    }

    // MARK: - Operators

    func negate(_ value: JinjaValue) throws(JinjaRenderError) -> JinjaValue {
        switch value {
        case .undefined(let undefined): throw .undefined(undefined.message)
        case .int(let number):
            guard number != Int.min else { throw .unsupported("integers beyond 64 bits are not supported") }
            return .int(-number)
        case .bool(let flag): return .int(flag ? -1 : 0)
        case .float(let number): return .float(-number)
        default: throw .type("bad operand type for unary -: '\(value.typeName)'")
        }
    }

    /// Python's binary arithmetic, with cloud-init's subtraction hint for undefined names.
    func binary(_ op: JinjaExpression.BinaryOperator, _ left: JinjaValue, _ right: JinjaValue)
        throws(JinjaRenderError) -> JinjaValue
    {
        if case .undefined(let undefined) = left {
            if op == .subtract {
                let other = try right.pythonString().replacing("CI_MISSING_JINJA_VAR/", with: "")
                throw .type(
                    "Undefined jinja variable: \"\(undefined.name)-\(other)\". Jinja tried subtraction. Perhaps you "
                        + "meant \"\(undefined.name)_\(other)\"?")
            }
            throw .undefined(undefined.message)
        }
        if case .undefined(let undefined) = right { throw .undefined(undefined.message) }
        if let a = left.numeric, let b = right.numeric { return try arithmetic(op, a, b) }
        let unsupported = JinjaRenderError.type(
            "unsupported operand type(s) for \(op.rawValue): '\(left.typeName)' and '\(right.typeName)'")
        switch (op, left, right) {
        case (.add, .string(let a), .string(let b)):
            try checkSize(a.utf8.count + b.utf8.count)
            return .string(a + b)
        case (.add, .list(let a), .list(let b)): return .list(a + b)
        case (.add, .tuple(let a), .tuple(let b)): return .tuple(a + b)
        case (.add, .string, _): throw .type("can only concatenate str (not \"\(right.typeName)\") to str")
        case (.add, .list, _): throw .type("can only concatenate list (not \"\(right.typeName)\") to list")
        case (.add, .tuple, _): throw .type("can only concatenate tuple (not \"\(right.typeName)\") to tuple")
        case (.multiply, _, _):
            let (sequence, times) = left.numeric == nil ? (left, right) : (right, left)
            guard let count = times.numeric, case .int(let repeats) = count else {
                if case .string = sequence, times.numeric != nil {
                    throw .type("can't multiply sequence by non-int of type '\(times.typeName)'")
                }
                throw unsupported
            }
            let n = max(0, repeats)
            switch sequence {
            case .string(let text):
                try checkSize(text.utf8.count * min(n, limits.maximumOutputBytes + 1))
                return .string(String(repeating: text, count: n))
            case .list(let items):
                try checkSize(items.count * min(n, limits.maximumOutputBytes + 1))
                return .list(Array(repeating: items, count: n).flatMap { $0 })
            case .tuple(let items):
                try checkSize(items.count * min(n, limits.maximumOutputBytes + 1))
                return .tuple(Array(repeating: items, count: n).flatMap { $0 })
            default: throw unsupported
            }
        case (.modulo, .string, _):
            throw .unsupported("'%' string formatting is not supported; use the 'format' filter")
        default:
            throw unsupported
        }
    }

    private func arithmetic(_ op: JinjaExpression.BinaryOperator, _ a: JinjaValue.Numeric, _ b: JinjaValue.Numeric)
        throws(JinjaRenderError) -> JinjaValue
    {
        let tooBig = JinjaRenderError.unsupported("integers beyond 64 bits are not supported")
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .add:
                let (value, overflow) = x.addingReportingOverflow(y)
                if overflow { throw tooBig }
                return .int(value)
            case .subtract:
                let (value, overflow) = x.subtractingReportingOverflow(y)
                if overflow { throw tooBig }
                return .int(value)
            case .multiply:
                let (value, overflow) = x.multipliedReportingOverflow(by: y)
                if overflow { throw tooBig }
                return .int(value)
            case .divide:
                guard y != 0 else { throw .other("division by zero") }
                return .float(Double(x) / Double(y))
            case .floorDivide:
                guard y != 0 else { throw .other("integer division or modulo by zero") }
                guard !(x == Int.min && y == -1) else { throw tooBig }
                var quotient = x / y
                if (x % y != 0) && ((x < 0) != (y < 0)) { quotient -= 1 }
                return .int(quotient)
            case .modulo:
                guard y != 0 else { throw .other("integer modulo by zero") }
                guard !(x == Int.min && y == -1) else { return .int(0) }
                var remainder = x % y
                if remainder != 0 && ((remainder < 0) != (y < 0)) { remainder += y }
                return .int(remainder)
            case .power:
                if y < 0 {
                    guard x != 0 else { throw .other("0.0 cannot be raised to a negative power") }
                    return .float(pow(Double(x), Double(y)))
                }
                var result = 1
                var base = x
                var exponent = y
                while exponent > 0 {
                    if exponent & 1 == 1 {
                        let (value, overflow) = result.multipliedReportingOverflow(by: base)
                        if overflow { throw tooBig }
                        result = value
                    }
                    exponent >>= 1
                    if exponent > 0 {
                        let (square, overflow) = base.multipliedReportingOverflow(by: base)
                        if overflow { throw tooBig }
                        base = square
                    }
                }
                return .int(result)
            }
        }
        let x = a.doubleValue
        let y = b.doubleValue
        switch op {
        case .add: return .float(x + y)
        case .subtract: return .float(x - y)
        case .multiply: return .float(x * y)
        case .divide:
            guard y != 0 else { throw .other("float division by zero") }
            return .float(x / y)
        case .floorDivide:
            guard y != 0 else { throw .other("float floor division by zero") }
            return .float(Self.pythonFloatModulo(x, y).quotient)
        case .modulo:
            guard y != 0 else { throw .other("float modulo") }
            return .float(Self.pythonFloatModulo(x, y).remainder)
        case .power:
            if x == 0 && y < 0 { throw .other("0.0 cannot be raised to a negative power") }
            if x < 0 && y.rounded() != y { throw .unsupported("complex results of '**' are not supported") }
            let value = pow(x, y)
            guard value.isFinite || !x.isFinite || !y.isFinite else {
                throw .other("(34, 'Numerical result out of range')")
            }
            return .float(value)
        }
    }

    /// Python's float `divmod`.
    static func pythonFloatModulo(_ x: Double, _ y: Double) -> (quotient: Double, remainder: Double) {
        var remainder = x.truncatingRemainder(dividingBy: y)
        var division = (x - remainder) / y
        if remainder != 0 {
            if (y < 0) != (remainder < 0) {
                remainder += y
                division -= 1
            }
        } else {
            remainder = (0.0).sign == y.sign ? 0.0 : -0.0
            remainder = y < 0 ? -0.0 : 0.0
        }
        var quotient: Double
        if division != 0 {
            quotient = division.rounded(.down)
            if division - quotient > 0.5 { quotient += 1 }
        } else {
            quotient = x / y < 0 ? -0.0 : 0.0
        }
        return (quotient, remainder)
    }

    /// One comparison of a chain.
    func compare(_ op: JinjaExpression.CompareOperator, _ left: JinjaValue, _ right: JinjaValue)
        throws(JinjaRenderError) -> Bool
    {
        switch op {
        case .equal: return JinjaValue.pythonEquals(left, right)
        case .notEqual: return !JinjaValue.pythonEquals(left, right)
        case .less: return try JinjaValue.pythonLess(left, right, op: "<")
        case .greater: return try JinjaValue.pythonLess(right, left, op: ">")
        case .lessOrEqual:
            return try JinjaValue.pythonLess(left, right, op: "<=") || JinjaValue.pythonEquals(left, right)
        case .greaterOrEqual:
            return try JinjaValue.pythonLess(right, left, op: ">=") || JinjaValue.pythonEquals(left, right)
        case .in: return try contains(right, left)
        case .notIn: return !(try contains(right, left))
        }
    }

    /// Python's `needle in container`.
    func contains(_ container: JinjaValue, _ needle: JinjaValue) throws(JinjaRenderError) -> Bool {
        switch container {
        case .undefined: return false
        case .string(let text):
            guard case .string(let part) = needle else {
                throw .type("'in <string>' requires string as left operand, not \(needle.typeName)")
            }
            return part.isEmpty || Array(text.utf8).firstRange(of: Array(part.utf8)) != nil
        case .list(let items), .tuple(let items):
            return items.contains { JinjaValue.pythonEquals($0, needle) }
        case .view(let view):
            if case .dictView(let name) = view.kind, name == "dict_items" {
                return view.items.contains { JinjaValue.pythonEquals($0, needle) }
            }
            return view.items.contains { JinjaValue.pythonEquals($0, needle) }
        case .dict(let dict):
            guard JinjaDict.isHashable(needle) else { throw .type("unhashable type: '\(needle.typeName)'") }
            return dict.value(for: needle) != nil
        default:
            throw .type("argument of type '\(container.typeName)' is not iterable")
        }
    }
}

extension JinjaValue.Numeric {
    /// The value as a double.
    var doubleValue: Double {
        switch self {
        case .int(let value): Double(value)
        case .float(let value): value
        }
    }
}
