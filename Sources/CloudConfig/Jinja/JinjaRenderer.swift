/// Renders parsed statements against a namespace of variables, as cloud-init's Jinja
/// environment would, recording where every output byte came from.
struct JinjaRenderer {
    let source: JinjaSource
    let limits: JinjaLimits
    /// The output so far.
    var output: [UInt8] = []
    var sourceMap: JinjaSourceMap
    /// Variables: the instance data at index 0, then one scope per loop iteration or `with`.
    var scopes: [[String: JinjaValue]]
    /// The attributes of each `namespace()` object, by identity.
    var namespaces: [JinjaDict] = []
    /// Loop iterations run so far, across all loops.
    var iterations = 0
    /// Undefined variables printed, and other notes.
    var findings: [JinjaFinding] = []
    /// How deep statements nest at the moment.
    var depth = 0

    init(source: JinjaSource, limits: JinjaLimits, variables: [String: JinjaValue]) {
        self.source = source
        self.limits = limits
        self.sourceMap = JinjaSourceMap(source: source)
        self.scopes = [variables]
    }

    /// The global functions Jinja provides.
    static let globals: Set<String> = ["range", "dict", "namespace", "lipsum", "cycler", "joiner"]

    // MARK: - Statements

    mutating func render(_ nodes: [JinjaNode]) throws(JinjaRenderError) {
        depth += 1
        defer { depth -= 1 }
        guard depth <= limits.maximumNesting + 2 else { throw .limit("statements nest too deeply") }
        for node in nodes { try render(node) }
    }

    private mutating func render(_ node: JinjaNode) throws(JinjaRenderError) {
        switch node {
        case .text(let start, let end):
            let outputStart = output.count
            try reserve(end - start)
            output.append(contentsOf: source.text[start..<end])
            sourceMap.appendLiteral(outputStart: outputStart, outputEnd: output.count, bodyStart: start)
        case .output(let expression, let range):
            let value = try evaluate(expression)
            try write(value, producedBy: range, expression: expression)
        case .ifBlock(let branches, let otherwise, _):
            for (test, body) in branches where try evaluate(test).isTruthy {
                try render(body)
                return
            }
            try render(otherwise)
        case .forLoop(let loop):
            try renderFor(loop)
        case .set(let target, let expression, let range):
            let value = try evaluate(expression)
            try assign(target, value, range: range)
        case .setBlock(let target, let filters, let body, let range):
            var value: JinjaValue = .string(try capture(body))
            for filter in filters {
                do {
                    value = try applyFilter(filter.name, to: value, filter.arguments, soft: false)
                } catch {
                    throw error.withRange(filter.range)
                }
            }
            try assign(target, value, range: range)
        case .with(let assignments, let body, let range):
            var scope: [String: JinjaValue] = [:]
            for (target, expression) in assignments {
                let value = try evaluate(expression)
                try bind(target, value, into: &scope, range: range)
            }
            scopes.append(scope)
            defer { scopes.removeLast() }
            try render(body)
        case .filterBlock(let filters, let body, let range):
            var value: JinjaValue = .string(try capture(body))
            for filter in filters {
                do {
                    value = try applyFilter(filter.name, to: value, filter.arguments, soft: false)
                } catch {
                    throw error.withRange(filter.range)
                }
            }
            try write(value, producedBy: range, expression: nil)
        case .expression(let expression, let prints, let range):
            let value = try evaluate(expression)
            if prints { try write(value, producedBy: range, expression: expression) }
        case .noLoader(_, let range):
            throw JinjaRenderError(kind: .type, message: "no loader for this environment specified", range: range)
        case .unsupported(let tag, let range):
            throw JinjaRenderError(kind: .unsupported, message: "the '\(tag)' statement is not supported", range: range)
        }
    }

    /// Prints a value, as Jinja's `str()`, and notes placeholders of undefined variables.
    private mutating func write(_ value: JinjaValue, producedBy range: SourceRange, expression: JinjaExpression?)
        throws(JinjaRenderError)
    {
        let text: String
        do { text = try value.pythonString() } catch { throw error.withRange(expression?.range ?? range) }
        let outputStart = output.count
        try reserve(text.utf8.count)
        output.append(contentsOf: text.utf8)
        sourceMap.appendProduced(outputStart: outputStart, outputEnd: output.count, by: range)
        if text.contains("CI_MISSING_JINJA_VAR/") {
            let names = Self.missingNames(in: text)
            let list = names.map { "'\($0)'" }.joined(separator: ", ")
            findings.append(
                JinjaFinding(
                    .undefinedVariable, .warning,
                    "the instance data has no \(list); cloud-init prints CI_MISSING_JINJA_VAR/"
                        + (names.first ?? "") + " here and warns",
                    at: expression?.range ?? range))
        }
    }

    /// The names cloud-init's warning would list for a printed text.
    static func missingNames(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let found = rest.firstRange(of: "CI_MISSING_JINJA_VAR/") {
            let after = rest[found.upperBound...]
            let name = after.prefix { !$0.isWhitespace }
            names.append(String(name))
            rest = after[name.endIndex...]
        }
        return names
    }

    /// Renders a body into a string, leaving the output and its map untouched.
    private mutating func capture(_ body: [JinjaNode]) throws(JinjaRenderError) -> String {
        let savedOutput = output
        let savedMap = sourceMap
        output = []
        sourceMap = JinjaSourceMap(source: source)
        defer {
            output = savedOutput
            sourceMap = savedMap
        }
        try render(body)
        return String(decoding: output, as: UTF8.self)
    }

    /// Checks that the output may grow by `count` bytes.
    mutating func reserve(_ count: Int) throws(JinjaRenderError) {
        if output.count + count > limits.maximumOutputBytes {
            throw .limit("the output would exceed \(limits.maximumOutputBytes) bytes")
        }
    }

    private mutating func renderFor(_ loop: JinjaForLoop) throws(JinjaRenderError) {
        if loop.recursive {
            throw JinjaRenderError(kind: .unsupported, message: "recursive loops are not supported", range: loop.range)
        }
        var items: [JinjaValue]
        do { items = try iterate(try evaluate(loop.iterable)) } catch { throw error.withRange(loop.iterable.range) }
        if let condition = loop.condition {
            var kept: [JinjaValue] = []
            for item in items {
                try countIteration(loop.range)
                var scope: [String: JinjaValue] = [:]
                try bind(loop.target, item, into: &scope, range: loop.range)
                scopes.append(scope)
                defer { scopes.removeLast() }
                if try evaluate(condition).isTruthy { kept.append(item) }
            }
            items = kept
        }
        if items.isEmpty {
            try render(loop.otherwise)
            return
        }
        for (position, item) in items.enumerated() {
            try countIteration(loop.range)
            var scope: [String: JinjaValue] = [:]
            try bind(loop.target, item, into: &scope, range: loop.range)
            scope["loop"] = .loop(
                JinjaLoop(
                    index0: position, length: items.count, previous: position > 0 ? items[position - 1] : nil,
                    next: position + 1 < items.count ? items[position + 1] : nil))
            scopes.append(scope)
            defer { scopes.removeLast() }
            try render(loop.body)
        }
    }

    private mutating func countIteration(_ range: SourceRange) throws(JinjaRenderError) {
        iterations += 1
        if iterations > limits.maximumIterations {
            throw JinjaRenderError(
                kind: .limit, message: "loops run more than \(limits.maximumIterations) iterations", range: range)
        }
    }

    private mutating func assign(_ target: JinjaTarget, _ value: JinjaValue, range: SourceRange)
        throws(JinjaRenderError)
    {
        if case .namespaceAttribute(let name, let attribute) = target {
            guard case .namespace(let id) = lookup(name) else {
                throw JinjaRenderError(
                    kind: .other, message: "cannot assign attribute on non-namespace object", range: range)
            }
            namespaces[id].set(attribute, value)
            return
        }
        var scope = scopes[scopes.count - 1]
        try bind(target, value, into: &scope, range: range)
        scopes[scopes.count - 1] = scope
    }

    /// Binds a target to a value in a scope, unpacking tuples as Python does.
    private func bind(
        _ target: JinjaTarget, _ value: JinjaValue, into scope: inout [String: JinjaValue],
        range: SourceRange
    ) throws(JinjaRenderError) {
        switch target {
        case .name(let name):
            scope[name] = value
        case .tuple(let targets):
            let items: [JinjaValue]
            do { items = try iterate(value) } catch { throw error.withRange(range) }
            guard items.count == targets.count else {
                let message =
                    items.count > targets.count
                    ? "too many values to unpack (expected \(targets.count))"
                    : "not enough values to unpack (expected \(targets.count), got \(items.count))"
                throw JinjaRenderError(kind: .other, message: message, range: range)
            }
            for (target, item) in zip(targets, items) { try bind(target, item, into: &scope, range: range) }
        case .namespaceAttribute:
            throw JinjaRenderError(kind: .unsupported, message: "namespace attributes cannot be unpacked", range: range)
        }
    }

    /// A variable: the innermost scope first, then the instance data, then Jinja's globals.
    func lookup(_ name: String) -> JinjaValue {
        for scope in scopes.reversed() {
            if let value = scope[name] { return value }
        }
        if Self.globals.contains(name) { return .callable(JinjaCallable(name: name, receiver: nil)) }
        return .undefined(.variable(name))
    }

    /// Python's `iter()`: the items a `for` loop or a filter sees.
    func iterate(_ value: JinjaValue) throws(JinjaRenderError) -> [JinjaValue] {
        switch value {
        case .undefined: return []
        case .list(let items), .tuple(let items): return items
        case .dict(let dict): return dict.keys
        case .string(let text): return text.unicodeScalars.map { .string(String($0)) }
        case .view(let view): return view.items
        case .namespace:
            throw .unsupported("iterating a namespace is not supported")
        default: throw .type("'\(value.typeName)' object is not iterable")
        }
    }
}

extension JinjaRenderError {
    /// The error with a range, unless it has one already.
    func withRange(_ range: SourceRange) -> JinjaRenderError {
        var copy = self
        if copy.range == nil { copy.range = range }
        return copy
    }
}
