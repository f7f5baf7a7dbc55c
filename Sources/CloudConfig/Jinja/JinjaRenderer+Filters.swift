/// Jinja's built-in filters, as Jinja 3.1 implements them with autoescaping off.
extension JinjaRenderer {
    /// The filters this renderer evaluates; the rest of Jinja's are refused with a finding.
    static let supportedFilters: Set<String> = [
        "abs", "capitalize", "center", "count", "d", "default", "dictsort", "first", "float", "format", "indent",
        "int", "items", "join", "last", "length", "list", "lower", "map", "max", "min", "reject", "rejectattr",
        "replace", "reverse", "round", "select", "selectattr", "sort", "string", "sum", "title", "tojson", "trim",
        "unique", "upper", "wordcount",
    ]

    /// Binds positional and keyword arguments to parameter names, as Python does.
    struct Arguments {
        var values: [String: JinjaValue] = [:]

        init(_ function: String, _ names: [String], _ positional: [JinjaValue], _ keywords: [(String, JinjaValue)])
            throws(JinjaRenderError)
        {
            guard positional.count <= names.count else {
                throw .type("\(function)() takes \(names.count + 1) positional arguments at most")
            }
            for (name, value) in zip(names, positional) { values[name] = value }
            for (name, value) in keywords {
                guard names.contains(name) else {
                    throw .type("\(function)() got an unexpected keyword argument '\(name)'")
                }
                guard values[name] == nil else {
                    throw .type("\(function)() got multiple values for argument '\(name)'")
                }
                values[name] = value
            }
        }

        subscript(_ name: String) -> JinjaValue? { values[name] }

        func bool(_ name: String, _ defaultValue: Bool) -> Bool { values[name]?.isTruthy ?? defaultValue }
    }

    mutating func applyFilter(_ name: String, to value: JinjaValue, _ arguments: JinjaArguments, soft: Bool)
        throws(JinjaRenderError) -> JinjaValue
    {
        guard JinjaParser.jinjaFilters.contains(name) else {
            throw .other("No filter named '\(name)' found.")
        }
        guard Self.supportedFilters.contains(name) else { throw .unsupported("the filter '\(name)' is not supported") }
        let (positional, keywords) = try evaluateArguments(arguments)
        return try filter(name, value, positional, keywords)
    }

    func filter(_ name: String, _ value: JinjaValue, _ positional: [JinjaValue], _ keywords: [(String, JinjaValue)])
        throws(JinjaRenderError) -> JinjaValue
    {
        switch name {
        case "default", "d":
            let arguments = try Arguments(name, ["default_value", "boolean"], positional, keywords)
            if value.isUndefined || (arguments.bool("boolean", false) && !value.isTruthy) {
                return arguments["default_value"] ?? .string("")
            }
            return value
        case "lower", "upper", "capitalize", "title", "string":
            _ = try Arguments(name, [], positional, keywords)
            let text = try value.pythonString()
            switch name {
            case "lower": return .string(text.lowercased())
            case "upper": return .string(text.uppercased())
            case "capitalize": return .string(Self.capitalize(text))
            case "title": return .string(Self.title(text))
            default: return .string(text)
            }
        case "trim":
            let arguments = try Arguments(name, ["chars"], positional, keywords)
            var chars: String?
            if case .string(let text)? = arguments["chars"] { chars = text }
            return .string(Self.strip(try value.pythonString(), chars, leading: true, trailing: true))
        case "replace":
            let arguments = try Arguments(name, ["old", "new", "count"], positional, keywords)
            guard let old = arguments["old"], let new = arguments["new"] else {
                throw .type("do_replace() missing required arguments: 'old' and 'new'")
            }
            var count = -1
            if let given = arguments["count"], !(given.isNone) {
                guard case .int(let number) = given else {
                    throw .type("'\(given.typeName)' object cannot be interpreted as an integer")
                }
                count = number
            }
            let result = Self.replace(try value.pythonString(), try old.pythonString(), try new.pythonString(), count)
            try checkSize(result.utf8.count)
            return .string(result)
        case "join":
            let arguments = try Arguments(name, ["d", "attribute"], positional, keywords)
            var items = try iterate(value)
            if let attribute = arguments["attribute"], !attribute.isNone {
                items = try items.map { item throws(JinjaRenderError) in try attributePath(item, attribute) }
            }
            let separator = try (arguments["d"] ?? .string("")).pythonString()
            var parts: [String] = []
            var size = 0
            for item in items {
                let text = try item.pythonString()
                size += text.utf8.count + separator.utf8.count
                try checkSize(size)
                parts.append(text)
            }
            return .string(parts.joined(separator: separator))
        case "length", "count":
            _ = try Arguments(name, [], positional, keywords)
            switch value {
            case .undefined: return .int(0)
            case .string(let text): return .int(text.unicodeScalars.count)
            case .list(let items), .tuple(let items): return .int(items.count)
            case .dict(let dict): return .int(dict.count)
            case .view(let view) where !view.isGenerator: return .int(view.items.count)
            default: throw .type("object of type '\(value.typeName)' has no len()")
            }
        case "first", "last":
            _ = try Arguments(name, [], positional, keywords)
            if case .view(let view) = value, name == "last", view.isGenerator {
                throw .type("'generator' object is not reversible")
            }
            let items = try iterate(value)
            guard let item = name == "first" ? items.first : items.last else {
                return .undefined(.hinted("No \(name) item, sequence was empty."))
            }
            return item
        case "list":
            _ = try Arguments(name, [], positional, keywords)
            return .list(try iterate(value))
        case "int":
            let arguments = try Arguments(name, ["default", "base"], positional, keywords)
            return try Self.toInt(value, default: arguments["default"] ?? .int(0), base: arguments["base"] ?? .int(10))
        case "float":
            let arguments = try Arguments(name, ["default"], positional, keywords)
            return try Self.toFloat(value, default: arguments["default"] ?? .float(0))
        case "abs":
            _ = try Arguments(name, [], positional, keywords)
            switch value {
            case .int(let number):
                guard number != Int.min else { throw .unsupported("integers beyond 64 bits are not supported") }
                return .int(abs(number))
            case .bool(let flag): return .int(flag ? 1 : 0)
            case .float(let number): return .float(abs(number))
            default: throw .type("bad operand type for abs(): '\(value.typeName)'")
            }
        case "round":
            return try round(value, try Arguments(name, ["precision", "method"], positional, keywords))
        case "tojson":
            let arguments = try Arguments(name, ["indent"], positional, keywords)
            var indent: Int?
            if let given = arguments["indent"], !given.isNone {
                guard case .int(let number) = given else {
                    throw .unsupported("a non-integer tojson indent is not supported")
                }
                indent = number
            }
            let text = try JinjaJSON.dumps(value, indent: indent)
            try checkSize(text.utf8.count)
            return .string(text)
        case "indent":
            return try indent(value, try Arguments(name, ["width", "first", "blank"], positional, keywords))
        case "center":
            let arguments = try Arguments(name, ["width"], positional, keywords)
            var width = 80
            if let given = arguments["width"] {
                guard case .int(let number) = given else {
                    throw .type("integer argument expected, got \(given.typeName)")
                }
                width = number
            }
            try checkSize(width)
            return .string(Self.center(try value.pythonString(), width))
        case "wordcount":
            _ = try Arguments(name, [], positional, keywords)
            return .int(Self.wordCount(try value.pythonString()))
        case "format":
            return .string(try Self.format(try value.pythonString(), positional, keywords))
        case "items":
            _ = try Arguments(name, [], positional, keywords)
            switch value {
            case .undefined: return .view(JinjaView(kind: .generator("items"), items: []))
            case .dict(let dict):
                return .view(JinjaView(kind: .generator("items"), items: dict.entries.map { .tuple([$0, $1]) }))
            default: throw .type("Can only get item pairs from a mapping.")
            }
        case "dictsort":
            let arguments = try Arguments(name, ["case_sensitive", "by", "reverse"], positional, keywords)
            guard case .dict(let dict) = value else {
                if case .undefined(let undefined) = value { throw .undefined(undefined.message) }
                throw .type("'\(value.typeName)' object has no attribute 'items'")
            }
            var position = 0
            if let by = arguments["by"] {
                guard case .string(let text) = by, text == "key" || text == "value" else {
                    throw .other("You can only sort by either \"key\" or \"value\"")
                }
                position = text == "key" ? 0 : 1
            }
            let caseSensitive = arguments.bool("case_sensitive", false)
            let pairs = dict.entries.map { [$0, $1] }
            let sorted = try Self.sorted(pairs, reverse: arguments.bool("reverse", false)) { pair in
                caseSensitive ? pair[position] : Self.ignoreCase(pair[position])
            }
            return .list(sorted.map { .tuple($0) })
        case "sort":
            let arguments = try Arguments(name, ["reverse", "case_sensitive", "attribute"], positional, keywords)
            let caseSensitive = arguments.bool("case_sensitive", false)
            let attribute = arguments["attribute"]
            if case .string(let path)? = attribute, path.contains(",") {
                throw .unsupported("sorting by several attributes is not supported")
            }
            var keyed: [(JinjaValue, JinjaValue)] = []
            for item in try iterate(value) {
                var key = item
                if let attribute, !attribute.isNone { key = try attributePath(item, attribute) }
                keyed.append((caseSensitive ? key : Self.ignoreCase(key), item))
            }
            let sorted = try Self.sorted(keyed, reverse: arguments.bool("reverse", false)) { $0.0 }
            return .list(sorted.map(\.1))
        case "unique":
            let arguments = try Arguments(name, ["case_sensitive", "attribute"], positional, keywords)
            let caseSensitive = arguments.bool("case_sensitive", false)
            var seen = JinjaDict()
            var kept: [JinjaValue] = []
            for item in try iterate(value) {
                var key = item
                if let attribute = arguments["attribute"], !attribute.isNone {
                    key = try attributePath(item, attribute)
                }
                if !caseSensitive { key = Self.ignoreCase(key) }
                guard JinjaDict.isHashable(key) else { throw .type("unhashable type: '\(key.typeName)'") }
                if seen.value(for: key) == nil {
                    seen.set(key, .none)
                    kept.append(item)
                }
            }
            return .view(JinjaView(kind: .generator("unique"), items: kept))
        case "reverse":
            _ = try Arguments(name, [], positional, keywords)
            switch value {
            case .string(let text):
                var view = String.UnicodeScalarView()
                view.append(contentsOf: text.unicodeScalars.reversed())
                return .string(String(view))
            case .view(let view) where view.isGenerator:
                return .list(view.items.reversed())
            default:
                return .view(JinjaView(kind: .generator("reverse"), items: try iterate(value).reversed()))
            }
        case "max", "min":
            let arguments = try Arguments(name, ["case_sensitive", "attribute"], positional, keywords)
            let items = try iterate(value)
            guard var best = items.first else { return .undefined(.hinted("No aggregated item, sequence was empty.")) }
            let caseSensitive = arguments.bool("case_sensitive", false)
            func key(_ item: JinjaValue) throws(JinjaRenderError) -> JinjaValue {
                var key = item
                if let attribute = arguments["attribute"], !attribute.isNone {
                    key = try attributePath(item, attribute)
                }
                return caseSensitive ? key : Self.ignoreCase(key)
            }
            var bestKey = try key(best)
            for item in items.dropFirst() {
                let itemKey = try key(item)
                let better =
                    name == "max"
                    ? try JinjaValue.pythonLess(bestKey, itemKey, op: ">")
                    : try JinjaValue.pythonLess(itemKey, bestKey, op: "<")
                if better {
                    best = item
                    bestKey = itemKey
                }
            }
            return best
        case "sum":
            let arguments = try Arguments(name, ["attribute", "start"], positional, keywords)
            var total = arguments["start"] ?? .int(0)
            for item in try iterate(value) {
                var term = item
                if let attribute = arguments["attribute"], !attribute.isNone {
                    term = try attributePath(item, attribute)
                }
                if case .string = term { throw .type("unsupported operand type(s) for +: 'int' and 'str'") }
                total = try binary(.add, total, term)
            }
            return total
        case "map":
            return .view(JinjaView(kind: .generator("map"), items: try map(value, positional, keywords)))
        case "select", "reject":
            return .view(
                JinjaView(
                    kind: .generator(name), items: try select(value, positional, keywords, keep: name == "select")))
        case "selectattr", "rejectattr":
            return .view(
                JinjaView(
                    kind: .generator(name),
                    items: try selectAttribute(value, positional, keywords, keep: name == "selectattr")))
        default:
            throw .unsupported("the filter '\(name)' is not supported")
        }
    }

    /// Jinja's `make_attrgetter`: `a.b.0` walks items, integers as indexes.
    func attributePath(_ item: JinjaValue, _ attribute: JinjaValue) throws(JinjaRenderError) -> JinjaValue {
        var current = item
        switch attribute {
        case .int: return try self.item(of: current, attribute)
        case .string(let path):
            for part in path.split(separator: ".", omittingEmptySubsequences: false) {
                let key: JinjaValue = Int(part).map { .int($0) } ?? .string(String(part))
                current = try self.item(of: current, key)
            }
            return current
        default: return try self.item(of: current, attribute)
        }
    }

    static func ignoreCase(_ value: JinjaValue) -> JinjaValue {
        if case .string(let text) = value { return .string(text.lowercased()) }
        return value
    }

    /// A stable sort with Python's ordering (and its `TypeError` between unorderable types).
    static func sorted<T>(_ items: [T], reverse: Bool, key: (T) -> JinjaValue) throws(JinjaRenderError) -> [T] {
        var failure: JinjaRenderError?
        let indexed = Array(items.enumerated())
        let result = indexed.sorted { a, b in
            if failure != nil { return false }
            do throws(JinjaRenderError) {
                let (x, y) = (key(a.element), key(b.element))
                if reverse {
                    if try JinjaValue.pythonLess(y, x) { return true }
                    if try JinjaValue.pythonLess(x, y) { return false }
                } else {
                    if try JinjaValue.pythonLess(x, y) { return true }
                    if try JinjaValue.pythonLess(y, x) { return false }
                }
                return a.offset < b.offset
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        return result.map { $0.element }
    }

    private func map(_ value: JinjaValue, _ positional: [JinjaValue], _ keywords: [(String, JinjaValue)])
        throws(JinjaRenderError) -> [JinjaValue]
    {
        let items = try iterate(value)
        if positional.isEmpty {
            var attribute: JinjaValue?
            var defaultValue: JinjaValue?
            for (key, argument) in keywords {
                switch key {
                case "attribute": attribute = argument
                case "default": defaultValue = argument
                default: throw .other("Unexpected keyword argument '\(key)'")
                }
            }
            guard let attribute else { throw .other("map requires a filter argument") }
            return try items.map { item throws(JinjaRenderError) in
                let result = try attributePath(item, attribute)
                if let defaultValue, !(defaultValue.isNone), result.isUndefined { return defaultValue }
                return result
            }
        }
        guard case .string(let filterName) = positional[0] else { throw .type("map filter name must be a string") }
        guard JinjaParser.jinjaFilters.contains(filterName) else {
            throw .other("No filter named '\(filterName)'.")
        }
        guard Self.supportedFilters.contains(filterName) else {
            throw .unsupported("the filter '\(filterName)' is not supported")
        }
        let rest = Array(positional.dropFirst())
        return try items.map { item throws(JinjaRenderError) in try filter(filterName, item, rest, keywords) }
    }

    private func select(_ value: JinjaValue, _ positional: [JinjaValue], _ keywords: [(String, JinjaValue)], keep: Bool)
        throws(JinjaRenderError) -> [JinjaValue]
    {
        guard keywords.isEmpty else { throw .unsupported("keyword arguments to select and reject are not supported") }
        let items = try iterate(value)
        guard let first = positional.first else { return items.filter { $0.isTruthy == keep } }
        guard case .string(let testName) = first else { throw .type("test name must be a string") }
        let rest = Array(positional.dropFirst())
        var kept: [JinjaValue] = []
        for item in items where try test(testName, item, rest) == keep { kept.append(item) }
        return kept
    }

    private func selectAttribute(
        _ value: JinjaValue, _ positional: [JinjaValue], _ keywords: [(String, JinjaValue)], keep: Bool
    ) throws(JinjaRenderError) -> [JinjaValue] {
        guard keywords.isEmpty, let attribute = positional.first else {
            throw .unsupported("selectattr and rejectattr need an attribute and no keyword arguments")
        }
        let items = try iterate(value)
        var kept: [JinjaValue] = []
        for item in items {
            let field = try attributePath(item, attribute)
            let passes: Bool
            if positional.count > 1 {
                guard case .string(let testName) = positional[1] else { throw .type("test name must be a string") }
                passes = try test(testName, field, Array(positional.dropFirst(2)))
            } else {
                passes = field.isTruthy
            }
            if passes == keep { kept.append(item) }
        }
        return kept
    }

    private func round(_ value: JinjaValue, _ arguments: Arguments) throws(JinjaRenderError) -> JinjaValue {
        var precision = 0
        if let given = arguments["precision"] {
            guard case .int(let number) = given else {
                throw .type("'\(given.typeName)' object cannot be interpreted as an integer")
            }
            precision = number
        }
        var method = "common"
        if case .string(let text)? = arguments["method"] { method = text }
        guard ["common", "ceil", "floor"].contains(method) else {
            throw .other("method must be common, ceil or floor")
        }
        if case .undefined(let undefined) = value { throw .undefined(undefined.message) }
        guard precision == 0 else { throw .unsupported("round with a precision is not supported") }
        switch (method, value) {
        case ("common", .int), ("common", .bool):
            return value.numeric.map { if case .int(let n) = $0 { .int(n) } else { value } } ?? value
        case ("common", .float(let number)): return .float(number.rounded(.toNearestOrEven))
        case ("ceil", _), ("floor", _):
            guard let number = value.numeric?.doubleValue else {
                throw .type("must be real number, not \(value.typeName)")
            }
            let rounded = method == "ceil" ? number.rounded(.up) : number.rounded(.down)
            return .float(rounded)
        default: throw .type("type \(value.typeName) doesn't define __round__ method")
        }
    }

    private func indent(_ value: JinjaValue, _ arguments: Arguments) throws(JinjaRenderError) -> JinjaValue {
        var indention = "    "
        if let width = arguments["width"] {
            switch width {
            case .string(let text): indention = text
            case .int(let number):
                indention = String(repeating: " ", count: max(0, min(number, limits.maximumOutputBytes)))
            default: throw .type("can't multiply sequence by non-int of type '\(width.typeName)'")
            }
        }
        var text = try value.pythonString() + "\n"
        let lines = Self.splitLines(text)
        if arguments.bool("blank", false) {
            text = lines.joined(separator: "\n" + indention)
        } else {
            text = lines.first ?? ""
            if lines.count > 1 {
                text += "\n" + lines.dropFirst().map { $0.isEmpty ? $0 : indention + $0 }.joined(separator: "\n")
            }
        }
        if arguments.bool("first", false) { text = indention + text }
        try checkSize(text.utf8.count)
        return .string(text)
    }

    /// Python's `str.splitlines()`.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x0A, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
                lines.append(String(current))
                current = String.UnicodeScalarView()
            case 0x0D:
                if scalars.first == "\n" { scalars = scalars.dropFirst() }
                lines.append(String(current))
                current = String.UnicodeScalarView()
            default: current.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    static func capitalize(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: first.properties.titlecaseMapping.unicodeScalars)
        result.append(
            contentsOf: String(String.UnicodeScalarView(text.unicodeScalars.dropFirst())).lowercased().unicodeScalars)
        return String(result)
    }

    /// Jinja's `title`: split on runs of `-`, whitespace and opening brackets, upper-case each
    /// part's first character and lower-case the rest.
    static func title(_ text: String) -> String {
        func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
            "-({[<".unicodeScalars.contains(scalar) || JinjaValue.isPythonSpace(scalar)
        }
        var result = String.UnicodeScalarView()
        var part = String.UnicodeScalarView()
        var separators = String.UnicodeScalarView()
        func flushPart() {
            guard let first = part.first else { return }
            result.append(contentsOf: String(first).uppercased().unicodeScalars)
            result.append(contentsOf: String(String.UnicodeScalarView(part.dropFirst())).lowercased().unicodeScalars)
            part = String.UnicodeScalarView()
        }
        func flushSeparators() {
            guard let first = separators.first else { return }
            result.append(contentsOf: String(first).uppercased().unicodeScalars)
            result.append(contentsOf: separators.dropFirst())
            separators = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if isSeparator(scalar) {
                flushPart()
                separators.append(scalar)
            } else {
                flushSeparators()
                part.append(scalar)
            }
        }
        flushPart()
        flushSeparators()
        return String(result)
    }

    /// Python's `str.center(width)`.
    static func center(_ text: String, _ width: Int) -> String {
        let length = text.unicodeScalars.count
        guard width > length else { return text }
        let margin = width - length
        let left = margin / 2 + (margin & width & 1)
        return String(repeating: " ", count: left) + text + String(repeating: " ", count: margin - left)
    }

    /// The number of `\w+` runs.
    static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWord: Bool
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
                .letterNumber, .otherNumber:
                isWord = true
            default: isWord = scalar == "_"
            }
            if isWord, !inWord { count += 1 }
            inWord = isWord
        }
        return count
    }

    /// Jinja's `int` filter.
    static func toInt(_ value: JinjaValue, default defaultValue: JinjaValue, base: JinjaValue) throws(JinjaRenderError)
        -> JinjaValue
    {
        switch value {
        case .int: return value
        case .bool(let flag): return .int(flag ? 1 : 0)
        case .float(let number):
            guard number.isFinite else {
                throw .other(
                    number.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
            }
            guard let result = Int(exactly: number.rounded(.towardZero)) else {
                throw .unsupported("integers beyond 64 bits are not supported")
            }
            return .int(result)
        case .string(let text):
            guard case .int(let radix) = base, radix == 10 else { throw .unsupported("int with a base other than 10") }
            if let number = parseInteger(text) { return .int(number) }
            if let number = parseFloat(text) {
                guard number.isFinite else {
                    throw .other(
                        number.isNaN
                            ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
                }
                guard let result = Int(exactly: number.rounded(.towardZero)) else {
                    throw .unsupported("integers beyond 64 bits are not supported")
                }
                return .int(result)
            }
            return defaultValue
        case .undefined(let undefined): throw .undefined(undefined.message)
        default: return defaultValue
        }
    }

    /// Jinja's `float` filter.
    static func toFloat(_ value: JinjaValue, default defaultValue: JinjaValue) throws(JinjaRenderError) -> JinjaValue {
        switch value {
        case .float: return value
        case .int(let number): return .float(Double(number))
        case .bool(let flag): return .float(flag ? 1 : 0)
        case .string(let text): return parseFloat(text).map { .float($0) } ?? defaultValue
        case .undefined(let undefined): throw .undefined(undefined.message)
        default: return defaultValue
        }
    }

    /// Python's `int(text)`: optional blanks and sign, decimal digits with single underscores.
    static func parseInteger(_ text: String) -> Int? {
        let trimmed = strip(text, nil, leading: true, trailing: true)
        var body = Substring(trimmed)
        var negative = false
        if body.first == "-" || body.first == "+" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        guard let first = body.first, first.isASCII, first.isNumber, body.last != "_", !body.contains("__"),
            body.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "_" })
        else { return nil }
        return Int((negative ? "-" : "") + body.replacing("_", with: ""))
    }

    /// Python's `float(text)`.
    static func parseFloat(_ text: String) -> Double? {
        let trimmed = strip(text, nil, leading: true, trailing: true)
        let lower = trimmed.lowercased()
        var unsigned = Substring(lower)
        var negative = false
        if unsigned.first == "-" || unsigned.first == "+" {
            negative = unsigned.first == "-"
            unsigned = unsigned.dropFirst()
        }
        if unsigned == "inf" || unsigned == "infinity" { return negative ? -.infinity : .infinity }
        if unsigned == "nan" { return .nan }
        guard !unsigned.isEmpty, unsigned.allSatisfy({ "0123456789._e+-".contains($0) }) else { return nil }
        // Underscores only between digits.
        let characters = Array(unsigned)
        for (index, character) in characters.enumerated() where character == "_" {
            guard index > 0, index + 1 < characters.count, characters[index - 1].isNumber,
                characters[index + 1].isNumber
            else { return nil }
        }
        let cleaned = String(unsigned).replacing("_", with: "")
        guard cleaned.first != "e", !cleaned.hasPrefix(".e"), cleaned != "." else { return nil }
        guard let number = Double(cleaned) else { return nil }
        return negative ? -number : number
    }

    /// `printf`-style formatting for the `format` filter: `%s`, `%r`, `%d`, `%i` and `%%`.
    static func format(_ template: String, _ positional: [JinjaValue], _ keywords: [(String, JinjaValue)])
        throws(JinjaRenderError) -> String
    {
        guard keywords.isEmpty else { throw .unsupported("format with keyword arguments is not supported") }
        var result = ""
        var arguments = positional[...]
        var scalars = Array(template.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "%" else {
                result.unicodeScalars.append(scalar)
                continue
            }
            guard let conversion = scalars.popFirst() else { throw .other("incomplete format") }
            switch conversion {
            case "%": result += "%"
            case "s", "r", "d", "i":
                guard let argument = arguments.popFirst() else { throw .type("not enough arguments for format string") }
                switch conversion {
                case "s": result += try argument.pythonString()
                case "r": result += try argument.pythonRepr()
                default:
                    switch argument {
                    case .int(let number): result += String(number)
                    case .bool(let flag): result += flag ? "1" : "0"
                    case .float(let number):
                        guard let whole = Int(exactly: number.rounded(.towardZero)) else {
                            throw .unsupported("formatting this float with %d is not supported")
                        }
                        result += String(whole)
                    default: throw .type("%\(conversion) format: a real number is required, not \(argument.typeName)")
                    }
                }
            default:
                throw .unsupported("the format conversion '%\(conversion)' is not supported")
            }
        }
        guard arguments.isEmpty else { throw .type("not all arguments converted during string formatting") }
        return result
    }
}

extension JinjaValue {
    /// Whether the value is `None`.
    var isNone: Bool {
        if case .none = self { return true }
        return false
    }
}
