/// Parses tokens into statements, following Jinja 3.1's parser: the same grammar, precedence
/// and error messages, for the statements cloud-init's environment knows (the built-in tags plus
/// `do`).
struct JinjaParser {
    /// A failure that stops parsing, as Jinja's `TemplateSyntaxError` does.
    struct Failure: Error, Sendable {
        /// The finding code it becomes.
        var code: JinjaFinding.Code
        /// Jinja's own message.
        var jinjaMessage: String
        /// Our message (lower-case, no final period).
        var message: String
        /// The normalized span the finding points at.
        var start: Int
        var end: Int
        /// The normalized offset whose line Jinja reports.
        var jinjaOffset: Int
        /// A did-you-mean replacement.
        var suggestion: String?
    }

    /// What parsing found besides the statements.
    struct Result: Sendable {
        var nodes: [JinjaNode] = []
        var failure: Failure?
        /// Unknown filters and tests, and statements that need a loader.
        var findings: [JinjaFinding] = []
        /// Whether an unknown filter or test sits where Jinja checks it at compile time (outside
        /// `if` tests and bodies and inline `if` expressions), so that the template cannot render.
        var compileError: String?
    }

    /// The filters stock Jinja 3.1 has.
    static let jinjaFilters: Set<String> = [
        "abs", "attr", "batch", "capitalize", "center", "count", "d", "default", "dictsort", "e", "escape",
        "filesizeformat", "first", "float", "forceescape", "format", "groupby", "indent", "int", "items", "join",
        "last", "length", "list", "lower", "map", "max", "min", "pprint", "random", "reject", "rejectattr",
        "replace", "reverse", "round", "safe", "select", "selectattr", "slice", "sort", "string", "striptags",
        "sum", "title", "tojson", "trim", "truncate", "unique", "upper", "urlencode", "urlize", "wordcount",
        "wordwrap", "xmlattr",
    ]

    /// The tests stock Jinja 3.1 has.
    static let jinjaTests: Set<String> = [
        "boolean", "callable", "defined", "divisibleby", "eq", "equalto", "escaped", "false", "filter", "float",
        "ge", "greaterthan", "gt", "in", "integer", "iterable", "le", "lessthan", "lower", "lt", "mapping", "ne",
        "none", "number", "odd", "even", "sameas", "sequence", "string", "test", "true", "undefined", "upper",
        "==", "!=", "<", "<=", ">", ">=",
    ]

    /// Filters and tests from other tools that people expect in cloud-init templates.
    static let foreignFilters: [String: String] = [
        "b64decode": "Ansible", "b64encode": "Ansible", "regex_replace": "Ansible", "regex_search": "Ansible",
        "to_yaml": "Ansible", "to_nice_yaml": "Ansible", "to_json": "Ansible", "to_nice_json": "Ansible",
        "from_json": "Ansible", "from_yaml": "Ansible", "bool": "Ansible", "ternary": "Ansible", "hash": "Ansible",
        "ipaddr": "Ansible", "quote": "Ansible", "combine": "Ansible", "dict2items": "Ansible",
        "items2dict": "Ansible", "basename": "Ansible", "dirname": "Ansible", "splitext": "Ansible",
        "password_hash": "Ansible", "mandatory": "Ansible", "flatten": "Ansible", "zip": "Ansible",
        "json_query": "Ansible", "yaml_encode": "Salt", "json_encode_dict": "Salt", "base64_encode": "Salt",
        "base64_decode": "Salt",
    ]

    /// The statement tags and what closes each.
    private static let knownTags: Set<String> = [
        "for", "if", "block", "extends", "print", "macro", "include", "from", "import", "set", "with",
        "autoescape", "call", "filter", "do", "raw",
    ]

    private let source: JinjaSource
    private let tokens: [JinjaToken]
    private let limits: JinjaLimits
    private var index = 0
    /// The open blocks: their tag names and where they start.
    private var tagStack: [(name: String, start: Int, end: Int)] = []
    /// The end tags each open `subparse` is looking for.
    private var endTokenStack: [[String]] = []
    /// How deep expressions nest at the moment.
    private var expressionDepth = 0
    /// Whether the current position is checked at run time rather than compile time (inside
    /// `if` statements and inline `if` expressions).
    private var soft = false
    private var result = Result()

    /// Parses a template body.
    static func parse(_ source: JinjaSource, limits: JinjaLimits) -> Result {
        var parser = JinjaParser(source: source, tokens: JinjaLexer.tokenize(source.text), limits: limits)
        do throws(Failure) {
            try parser.checkCurrent()
            parser.result.nodes = try parser.subparse(nil)
        } catch {
            parser.result.failure = error
        }
        return parser.result
    }

    private init(source: JinjaSource, tokens: [JinjaToken], limits: JinjaLimits) {
        self.source = source
        self.tokens = tokens
        self.limits = limits
    }

    // MARK: - Token stream

    private var current: JinjaToken { tokens[min(index, tokens.count - 1)] }

    private func peek() throws(Failure) -> JinjaToken {
        let token = tokens[min(index + 1, tokens.count - 1)]
        if case .error(let message) = token.kind { throw syntax(message, token) }
        return token
    }

    private mutating func advance() throws(Failure) {
        if index < tokens.count - 1 { index += 1 }
        try checkCurrent()
    }

    private func checkCurrent() throws(Failure) {
        if case .error(let message) = current.kind { throw syntax(message, current) }
    }

    private func syntax(_ jinjaMessage: String, _ token: JinjaToken) -> Failure {
        Failure(
            code: .syntaxError, jinjaMessage: jinjaMessage, message: Self.ourMessage(jinjaMessage),
            start: token.start, end: max(token.end, token.start), jinjaOffset: jinjaOffset(of: token))
    }

    /// Where Jinja says a token is: the end of the template takes the line of the last token.
    private func jinjaOffset(of token: JinjaToken) -> Int {
        guard token.kind == .eof, tokens.count >= 2 else { return token.start }
        return tokens[tokens.count - 2].start
    }

    /// Jinja's message in the project's style: lower-case start, no final period.
    static func ourMessage(_ message: String) -> String {
        var text = message
        while text.hasSuffix(".") { text.removeLast() }
        if let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase ?? false {
            text = first.lowercased() + text.dropFirst()
        }
        return text
    }

    private var isBlockEnd: Bool { current.kind == .blockEnd }

    private func kindName(_ kind: JinjaToken.Kind) -> String {
        JinjaToken(kind: kind, start: 0, end: 0).jinjaDescription
    }

    /// Jinja's `expect`: the current token must be `kind`; then moves on.
    @discardableResult
    private mutating func expect(_ kind: JinjaToken.Kind, _ description: String? = nil) throws(Failure) -> JinjaToken {
        let token = current
        let matchesKind: Bool
        switch (kind, token.kind) {
        case (.name(""), .name): matchesKind = true
        default: matchesKind = kind == token.kind
        }
        guard matchesKind else {
            let expected = description ?? kindName(kind)
            if token.kind == .eof { throw syntax("unexpected end of template, expected '\(expected)'.", token) }
            throw syntax("expected token '\(expected)', got '\(token.jinjaDescription)'", token)
        }
        try advance()
        return token
    }

    private mutating func expectName() throws(Failure) -> (String, JinjaToken) {
        let token = try expect(.name(""), "name")
        if case .name(let name) = token.kind { return (name, token) }
        return ("", token)
    }

    private mutating func skipIfName(_ name: String) throws(Failure) -> Bool {
        guard current.isName(name) else { return false }
        try advance()
        return true
    }

    private mutating func skipIfOp(_ op: String) throws(Failure) -> Bool {
        guard current.isOp(op) else { return false }
        try advance()
        return true
    }

    private func range(_ start: Int, _ end: Int) -> SourceRange { source.range(start, end) }

    /// The end of the last consumed token.
    private var previousEnd: Int { index > 0 ? tokens[min(index - 1, tokens.count - 1)].end : 0 }

    // MARK: - Statements

    private mutating func subparse(_ endTokens: [String]?) throws(Failure) -> [JinjaNode] {
        var body: [JinjaNode] = []
        if let endTokens { endTokenStack.append(endTokens) }
        defer { if endTokens != nil { endTokenStack.removeLast() } }
        while true {
            let token = current
            switch token.kind {
            case .data:
                body.append(.text(start: token.start, end: token.end))
                try advance()
            case .variableBegin:
                try advance()
                let expression = try parseTuple(withCondexpr: true)
                let end = try expect(.variableEnd)
                body.append(.output(expression, range(token.start, end.end)))
            case .blockBegin:
                try advance()
                if let endTokens, case .name(let name) = current.kind, endTokens.contains(name) { return body }
                body.append(try parseStatement(begin: token))
                try expect(.blockEnd)
            case .eof:
                return body
            default:
                throw syntax("unexpected '\(token.jinjaDescription)'", token)
            }
        }
    }

    private mutating func parseStatement(begin: JinjaToken) throws(Failure) -> JinjaNode {
        let token = current
        guard case .name(let tag) = token.kind else { throw syntax("tag name expected", token) }
        guard Self.knownTags.contains(tag), tag != "raw" else { throw unknownTag(tag, token) }
        guard tagStack.count < limits.maximumNesting else {
            throw Failure(
                code: .limitExceeded, jinjaMessage: "blocks nest too deeply",
                message: "blocks nest more than \(limits.maximumNesting) deep", start: token.start, end: token.end,
                jinjaOffset: token.start)
        }
        tagStack.append((tag, begin.start, token.end))
        defer { tagStack.removeLast() }
        switch tag {
        case "if": return try parseIf(begin: begin)
        case "for": return try parseFor(begin: begin)
        case "set": return try parseSet(begin: begin)
        case "with": return try parseWith(begin: begin)
        case "filter": return try parseFilterBlock(begin: begin)
        case "do", "print":
            try advance()
            let expression = try parseTuple(withCondexpr: true)
            return .expression(expression, prints: tag == "print", range(begin.start, current.end))
        case "include", "import", "from", "extends":
            return try parseLoaderStatement(tag, begin: begin)
        default:
            return try parseUnsupportedBlock(tag, begin: begin)
        }
    }

    private func unknownTag(_ tag: String, _ token: JinjaToken) -> Failure {
        var expected: Set<String> = []
        for tokens in endTokenStack { expected.formUnion(tokens) }
        var message = ["Encountered unknown tag '\(tag)'."]
        if let looking = endTokenStack.last {
            let list = looking.map { "'\($0)'" }.joined(separator: " or ")
            if expected.contains(tag) {
                message.append(
                    "You probably made a nesting mistake. Jinja is expecting this tag, but currently looking for \(list)."
                )
            } else {
                message.append("Jinja was looking for the following tags: \(list).")
            }
        }
        if let innermost = tagStack.last {
            message.append("The innermost block that needs to be closed is '\(innermost.name)'.")
        }
        let candidates = Array(Self.knownTags.subtracting(["raw"])) + (endTokenStack.last ?? []) + ["endraw"]
        var ours = "unknown tag '\(tag)'"
        let suggestion = Suggestion.closest(to: tag, among: candidates.sorted())
        if let looking = endTokenStack.last {
            ours +=
                "; the '\(tagStack.last?.name ?? "")' block expects "
                + looking.map { "'\($0)'" }.joined(separator: ", ")
        }
        if let suggestion { ours += "; did you mean '\(suggestion)'?" }
        return Failure(
            code: .unknownTag, jinjaMessage: message.joined(separator: " "), message: ours, start: token.start,
            end: token.end, jinjaOffset: token.start, suggestion: suggestion)
    }

    /// Jinja's `fail_eof`: the template ended inside a block.
    private func unclosed(_ endTokens: [String]) -> Failure {
        let stack = endTokenStack + [endTokens]
        var message = ["Unexpected end of template."]
        if let looking = stack.last {
            message.append(
                "Jinja was looking for the following tags: \(looking.map { "'\($0)'" }.joined(separator: " or ")).")
        }
        let innermost = tagStack.last
        if let innermost { message.append("The innermost block that needs to be closed is '\(innermost.name)'.") }
        let expected = endTokens.map { "'\($0)'" }.joined(separator: ", ")
        let eof = current
        return Failure(
            code: .unclosedBlock, jinjaMessage: message.joined(separator: " "),
            message: "the '\(innermost?.name ?? "")' block is not closed: expected \(expected) before the end of "
                + "the template",
            start: innermost?.start ?? eof.start, end: innermost?.end ?? eof.end, jinjaOffset: jinjaOffset(of: eof))
    }

    /// Jinja's `parse_statements`: an optional colon, the end of the tag, then the body up to one
    /// of `endTokens`.
    private mutating func parseStatements(_ endTokens: [String], dropNeedle: Bool) throws(Failure) -> [JinjaNode] {
        _ = try skipIfOp(":")
        try expect(.blockEnd)
        let body = try subparse(endTokens)
        if current.kind == .eof { throw unclosed(endTokens) }
        if dropNeedle { try advance() }
        return body
    }

    private mutating func parseIf(begin: JinjaToken) throws(Failure) -> JinjaNode {
        try advance()
        let wasSoft = soft
        soft = true
        defer { soft = wasSoft }
        var branches: [(JinjaExpression, [JinjaNode])] = []
        var otherwise: [JinjaNode] = []
        while true {
            let test = try parseTuple(withCondexpr: false)
            let body = try parseStatements(["elif", "else", "endif"], dropNeedle: false)
            branches.append((test, body))
            let token = current
            try advance()
            if token.isName("elif") { continue }
            if token.isName("else") { otherwise = try parseStatements(["endif"], dropNeedle: true) }
            break
        }
        return .ifBlock(branches, otherwise: otherwise, range(begin.start, current.end))
    }

    private mutating func parseFor(begin: JinjaToken) throws(Failure) -> JinjaNode {
        try advance()
        let target = try parseAssignTarget(extraEndRules: ["in"], withNamespace: false)
        try expect(.name("in"), "in")
        let iterable = try parseTuple(withCondexpr: false, extraEndRules: ["recursive"])
        var condition: JinjaExpression?
        if try skipIfName("if") { condition = try parseExpression() }
        let recursive = try skipIfName("recursive")
        let wasSoft = soft
        soft = false
        defer { soft = wasSoft }
        let body = try parseStatements(["endfor", "else"], dropNeedle: false)
        var otherwise: [JinjaNode] = []
        let token = current
        try advance()
        if !token.isName("endfor") { otherwise = try parseStatements(["endfor"], dropNeedle: true) }
        return .forLoop(
            JinjaForLoop(
                target: target, iterable: iterable, condition: condition, body: body, otherwise: otherwise,
                recursive: recursive, range: range(begin.start, current.end)))
    }

    private mutating func parseSet(begin: JinjaToken) throws(Failure) -> JinjaNode {
        try advance()
        let target = try parseAssignTarget(extraEndRules: nil, withNamespace: true)
        if try skipIfOp("=") {
            let value = try parseTuple(withCondexpr: true)
            return .set(target, value, range(begin.start, current.end))
        }
        let filters = try parseFilterChain(startInline: false)
        let wasSoft = soft
        soft = false
        defer { soft = wasSoft }
        let body = try parseStatements(["endset"], dropNeedle: true)
        return .setBlock(target, filters: filters, body: body, range(begin.start, current.end))
    }

    private mutating func parseWith(begin: JinjaToken) throws(Failure) -> JinjaNode {
        try advance()
        var assignments: [(JinjaTarget, JinjaExpression)] = []
        while !isBlockEnd {
            if !assignments.isEmpty { try expect(.op(","), ",") }
            let target = try parseAssignTarget(extraEndRules: nil, withNamespace: false)
            try expect(.op("="), "=")
            assignments.append((target, try parseExpression()))
        }
        let wasSoft = soft
        soft = false
        defer { soft = wasSoft }
        let body = try parseStatements(["endwith"], dropNeedle: true)
        return .with(assignments, body: body, range(begin.start, current.end))
    }

    private mutating func parseFilterBlock(begin: JinjaToken) throws(Failure) -> JinjaNode {
        try advance()
        let filters = try parseFilterChain(startInline: true)
        let wasSoft = soft
        soft = false
        defer { soft = wasSoft }
        let body = try parseStatements(["endfilter"], dropNeedle: true)
        return .filterBlock(filters, body: body, range(begin.start, current.end))
    }

    private mutating func parseLoaderStatement(_ tag: String, begin: JinjaToken) throws(Failure) -> JinjaNode {
        try advance()
        _ = try parseExpression()
        while !isBlockEnd, current.kind != .eof { try advance() }
        let tagRange = range(begin.start, current.end)
        result.findings.append(
            JinjaFinding(
                .noLoader, .error,
                "cloud-init renders templates without a loader, so '\(tag)' fails and cloud-init drops the part",
                at: tagRange))
        return .noLoader(tag, tagRange)
    }

    /// `macro`, `call`, `block` and `autoescape`: the body is parsed (so the rest of the
    /// template is checked) and the statement is refused at render time.
    private mutating func parseUnsupportedBlock(_ tag: String, begin: JinjaToken) throws(Failure) -> JinjaNode {
        try advance()
        while !isBlockEnd, current.kind != .eof { try advance() }
        let wasSoft = soft
        soft = false
        defer { soft = wasSoft }
        _ = try parseStatements(["end" + tag], dropNeedle: true)
        return .unsupported(tag, range(begin.start, current.end))
    }

    private mutating func parseAssignTarget(extraEndRules: [String]?, withNamespace: Bool) throws(Failure)
        -> JinjaTarget
    {
        let token = current
        if withNamespace, case .name(let namespace) = token.kind, try peek().isOp(".") {
            try advance()
            try advance()
            let (attribute, _) = try expectName()
            return .namespaceAttribute(namespace, attribute)
        }
        var targets: [JinjaTarget] = []
        var isTuple = false
        while true {
            if !targets.isEmpty { try expect(.op(","), ",") }
            if isTupleEnd(extraEndRules) { break }
            targets.append(try parseSimpleTarget())
            if current.isOp(",") { isTuple = true } else { break }
        }
        if !isTuple, let first = targets.first { return first }
        if targets.isEmpty {
            throw syntax("Expected an expression, got '\(current.jinjaDescription)'", current)
        }
        return .tuple(targets)
    }

    /// A name, or a parenthesized tuple of names (Jinja's `parse_primary` in store context).
    private mutating func parseSimpleTarget() throws(Failure) -> JinjaTarget {
        let token = current
        switch token.kind {
        case .name(let name):
            guard !["true", "false", "none", "True", "False", "None"].contains(name) else {
                throw syntax("can't assign to 'const'", token)
            }
            try advance()
            return .name(name)
        case .op("("):
            try advance()
            let target = try parseAssignTarget(extraEndRules: nil, withNamespace: false)
            try expect(.op(")"), ")")
            return target
        case .string, .integer, .float: throw syntax("can't assign to 'const'", token)
        default: throw syntax("unexpected '\(token.jinjaDescription)'", token)
        }
    }

    // MARK: - Expressions

    private func isTupleEnd(_ extraEndRules: [String]?) -> Bool {
        switch current.kind {
        case .variableEnd, .blockEnd, .op(")"): return true
        case .name(let name): return extraEndRules?.contains(name) ?? false
        default: return false
        }
    }

    private mutating func parseTuple(
        withCondexpr: Bool, extraEndRules: [String]? = nil, explicitParentheses: Bool = false, start: Int? = nil
    ) throws(Failure) -> JinjaExpression {
        let begin = start ?? current.start
        var items: [JinjaExpression] = []
        var isTuple = false
        while true {
            if !items.isEmpty { try expect(.op(","), ",") }
            if isTupleEnd(extraEndRules) { break }
            items.append(withCondexpr ? try parseExpression() : try parseOr())
            if current.isOp(",") { isTuple = true } else { break }
        }
        if !isTuple {
            if let first = items.first { return first }
            if !explicitParentheses {
                throw syntax("Expected an expression, got '\(current.jinjaDescription)'", current)
            }
        }
        return make(.tuple(items), begin, depth: (items.map(\.depth).max() ?? 0) + 1)
    }

    private func make(_ kind: JinjaExpression.Kind, _ start: Int, depth: Int) -> JinjaExpression {
        JinjaExpression(kind: kind, range: range(start, previousEnd), depth: depth)
    }

    private mutating func enter() throws(Failure) {
        expressionDepth += 1
        if expressionDepth > limits.maximumNesting {
            throw Failure(
                code: .limitExceeded, jinjaMessage: "expressions nest too deeply",
                message: "expressions nest more than \(limits.maximumNesting) deep", start: current.start,
                end: current.end, jinjaOffset: current.start)
        }
    }

    /// Checks the depth of a node built from a chain (`a + b + c`, `x.y.z`, `v | f | g`).
    private func checked(_ expression: JinjaExpression) throws(Failure) -> JinjaExpression {
        guard expression.depth <= limits.maximumNesting * 2 else {
            throw Failure(
                code: .limitExceeded, jinjaMessage: "expression too deep",
                message: "an expression chains more than \(limits.maximumNesting * 2) operations",
                start: expression.range.start.offset, end: expression.range.start.offset, jinjaOffset: current.start)
        }
        return expression
    }

    private mutating func parseExpression() throws(Failure) -> JinjaExpression {
        try enter()
        defer { expressionDepth -= 1 }
        let start = current.start
        var expression = try parseOr()
        while try skipIfName("if") {
            let wasSoft = soft
            soft = true
            defer { soft = wasSoft }
            let test = try parseOr()
            var otherwise: JinjaExpression?
            if try skipIfName("else") { otherwise = try parseExpression() }
            let depth = max(expression.depth, test.depth, otherwise?.depth ?? 0) + 1
            expression = try checked(
                make(.conditional(test: test, then: expression, otherwise: otherwise), start, depth: depth))
        }
        return expression
    }

    private mutating func parseOr() throws(Failure) -> JinjaExpression {
        let start = current.start
        var left = try parseAnd()
        while try skipIfName("or") {
            let right = try parseAnd()
            left = try checked(make(.or(left, right), start, depth: max(left.depth, right.depth) + 1))
        }
        return left
    }

    private mutating func parseAnd() throws(Failure) -> JinjaExpression {
        let start = current.start
        var left = try parseNot()
        while try skipIfName("and") {
            let right = try parseNot()
            left = try checked(make(.and(left, right), start, depth: max(left.depth, right.depth) + 1))
        }
        return left
    }

    private mutating func parseNot() throws(Failure) -> JinjaExpression {
        if current.isName("not") {
            let start = current.start
            try advance()
            try enter()
            defer { expressionDepth -= 1 }
            let operand = try parseNot()
            return make(.not(operand), start, depth: operand.depth + 1)
        }
        return try parseCompare()
    }

    private mutating func parseCompare() throws(Failure) -> JinjaExpression {
        let start = current.start
        let first = try parseMath1()
        var operations: [(JinjaExpression.CompareOperator, JinjaExpression)] = []
        while true {
            let op: JinjaExpression.CompareOperator
            switch current.kind {
            case .op("=="): op = .equal
            case .op("!="): op = .notEqual
            case .op("<"): op = .less
            case .op("<="): op = .lessOrEqual
            case .op(">"): op = .greater
            case .op(">="): op = .greaterOrEqual
            case .name("in"): op = .in
            case .name("not") where try peek().isName("in"):
                try advance()
                op = .notIn
            default:
                if operations.isEmpty { return first }
                let depth = max(first.depth, operations.map(\.1.depth).max() ?? 0) + 1
                return try checked(make(.compare(first, operations), start, depth: depth))
            }
            try advance()
            operations.append((op, try parseMath1()))
        }
    }

    private mutating func parseMath1() throws(Failure) -> JinjaExpression {
        let start = current.start
        var left = try parseConcat()
        while current.isOp("+") || current.isOp("-") {
            let op: JinjaExpression.BinaryOperator = current.isOp("+") ? .add : .subtract
            try advance()
            let right = try parseConcat()
            left = try checked(make(.binary(op, left, right), start, depth: max(left.depth, right.depth) + 1))
        }
        return left
    }

    private mutating func parseConcat() throws(Failure) -> JinjaExpression {
        let start = current.start
        var items = [try parseMath2()]
        while try skipIfOp("~") { items.append(try parseMath2()) }
        if items.count == 1 { return items[0] }
        return make(.concat(items), start, depth: (items.map(\.depth).max() ?? 0) + 1)
    }

    private mutating func parseMath2() throws(Failure) -> JinjaExpression {
        let start = current.start
        var left = try parsePower()
        while true {
            let op: JinjaExpression.BinaryOperator
            switch current.kind {
            case .op("*"): op = .multiply
            case .op("/"): op = .divide
            case .op("//"): op = .floorDivide
            case .op("%"): op = .modulo
            default: return left
            }
            try advance()
            let right = try parsePower()
            left = try checked(make(.binary(op, left, right), start, depth: max(left.depth, right.depth) + 1))
        }
    }

    private mutating func parsePower() throws(Failure) -> JinjaExpression {
        let start = current.start
        var left = try parseUnary(withFilter: true)
        while try skipIfOp("**") {
            let right = try parseUnary(withFilter: true)
            left = try checked(make(.binary(.power, left, right), start, depth: max(left.depth, right.depth) + 1))
        }
        return left
    }

    private mutating func parseUnary(withFilter: Bool) throws(Failure) -> JinjaExpression {
        let start = current.start
        var node: JinjaExpression
        if current.isOp("-") || current.isOp("+") {
            let negate = current.isOp("-")
            try advance()
            try enter()
            defer { expressionDepth -= 1 }
            let operand = try parseUnary(withFilter: false)
            node = make(negate ? .negate(operand) : .plus(operand), start, depth: operand.depth + 1)
        } else {
            node = try parsePrimary()
        }
        node = try parsePostfix(node, start: start)
        if withFilter { node = try parseFilterExpression(node, start: start) }
        return node
    }

    private mutating func parsePrimary() throws(Failure) -> JinjaExpression {
        let token = current
        switch token.kind {
        case .name(let name):
            try advance()
            switch name {
            case "true", "True": return make(.literal(.bool(true)), token.start, depth: 1)
            case "false", "False": return make(.literal(.bool(false)), token.start, depth: 1)
            case "none", "None": return make(.literal(.none), token.start, depth: 1)
            default: return make(.name(name), token.start, depth: 1)
            }
        case .string(var text):
            try advance()
            while case .string(let more) = current.kind {
                text += more
                try advance()
            }
            return make(.literal(.string(text)), token.start, depth: 1)
        case .integer(let value):
            try advance()
            return make(.literal(.int(value)), token.start, depth: 1)
        case .float(let value):
            try advance()
            return make(.literal(.float(value)), token.start, depth: 1)
        case .unsupported(let message):
            try advance()
            return make(.unsupported(message), token.start, depth: 1)
        case .op("("):
            try advance()
            try enter()
            defer { expressionDepth -= 1 }
            let inner = try parseTuple(withCondexpr: true, explicitParentheses: true, start: token.start)
            try expect(.op(")"), ")")
            return JinjaExpression(kind: inner.kind, range: range(token.start, previousEnd), depth: inner.depth)
        case .op("["):
            try advance()
            try enter()
            defer { expressionDepth -= 1 }
            var items: [JinjaExpression] = []
            while !current.isOp("]") {
                if !items.isEmpty { try expect(.op(","), ",") }
                if current.isOp("]") { break }
                items.append(try parseExpression())
            }
            try expect(.op("]"), "]")
            return make(.list(items), token.start, depth: (items.map(\.depth).max() ?? 0) + 1)
        case .op("{"):
            try advance()
            try enter()
            defer { expressionDepth -= 1 }
            var keys: [JinjaExpression] = []
            var values: [JinjaExpression] = []
            while !current.isOp("}") {
                if !keys.isEmpty { try expect(.op(","), ",") }
                if current.isOp("}") { break }
                keys.append(try parseExpression())
                try expect(.op(":"), ":")
                values.append(try parseExpression())
            }
            try expect(.op("}"), "}")
            let depth = max(keys.map(\.depth).max() ?? 0, values.map(\.depth).max() ?? 0) + 1
            return make(.dict(keys, values), token.start, depth: depth)
        default:
            throw syntax("unexpected '\(token.jinjaDescription)'", token)
        }
    }

    private mutating func parsePostfix(_ node: JinjaExpression, start: Int) throws(Failure) -> JinjaExpression {
        var node = node
        while true {
            if current.isOp(".") || current.isOp("[") {
                node = try checked(parseSubscript(node, start: start))
            } else if current.isOp("(") {
                node = try checked(parseCall(node, start: start))
            } else {
                return node
            }
        }
    }

    private mutating func parseFilterExpression(_ node: JinjaExpression, start: Int) throws(Failure)
        -> JinjaExpression
    {
        var node = node
        while true {
            if current.isOp("|") {
                try advance()
                let filter = try parseFilterCall()
                node = try checked(
                    make(
                        .filter(node, name: filter.name, filter.arguments, soft: soft), start,
                        depth: max(node.depth, filter.arguments.depth) + 1))
            } else if current.isName("is") {
                node = try checked(parseTest(node, start: start))
            } else if current.isOp("(") {
                node = try checked(parseCall(node, start: start))
            } else {
                return node
            }
        }
    }

    private mutating func parseSubscript(_ node: JinjaExpression, start: Int) throws(Failure) -> JinjaExpression {
        let token = current
        try advance()
        if token.isOp(".") {
            let attribute = current
            try advance()
            switch attribute.kind {
            case .name(let name): return make(.attribute(node, name), start, depth: node.depth + 1)
            case .integer(let value):
                let key = JinjaExpression(
                    kind: .literal(.int(value)), range: range(attribute.start, attribute.end), depth: 1)
                return make(.item(node, key), start, depth: node.depth + 1)
            default: throw syntax("expected name or number", attribute)
            }
        }
        try enter()
        defer { expressionDepth -= 1 }
        var arguments: [JinjaExpression] = []
        while !current.isOp("]") {
            if !arguments.isEmpty { try expect(.op(","), ",") }
            arguments.append(try parseSubscribed())
        }
        try expect(.op("]"), "]")
        let argument: JinjaExpression
        if arguments.count == 1 {
            argument = arguments[0]
        } else {
            argument = make(.tuple(arguments), token.start, depth: (arguments.map(\.depth).max() ?? 0) + 1)
        }
        if case .slice(_, let lower, let upper, let step) = argument.kind {
            return make(.slice(node, lower, upper, step), start, depth: max(node.depth, argument.depth) + 1)
        }
        return make(.item(node, argument), start, depth: max(node.depth, argument.depth) + 1)
    }

    /// One subscript: an expression or a slice `a:b:c` (a slice is returned as a placeholder
    /// `.slice` node whose first operand is unused).
    private mutating func parseSubscribed() throws(Failure) -> JinjaExpression {
        let start = current.start
        var parts: [JinjaExpression?] = []
        if current.isOp(":") {
            try advance()
            parts = [nil]
        } else {
            let node = try parseExpression()
            guard current.isOp(":") else { return node }
            try advance()
            parts = [node]
        }
        if current.isOp(":") {
            parts.append(nil)
        } else if !current.isOp("]") && !current.isOp(",") {
            parts.append(try parseExpression())
        } else {
            parts.append(nil)
        }
        if current.isOp(":") {
            try advance()
            if !current.isOp("]") && !current.isOp(",") {
                parts.append(try parseExpression())
            } else {
                parts.append(nil)
            }
        } else {
            parts.append(nil)
        }
        let placeholder = JinjaExpression(kind: .literal(.none), range: range(start, start), depth: 0)
        let depth = (parts.compactMap { $0?.depth }.max() ?? 0) + 1
        return make(.slice(placeholder, parts[0], parts[1], parts[2]), start, depth: depth)
    }

    private mutating func parseCallArguments() throws(Failure) -> JinjaArguments {
        let open = try expect(.op("("), "(")
        try enter()
        defer { expressionDepth -= 1 }
        var arguments = JinjaArguments()
        var requireComma = false
        var sawDynamicArgs = false
        var sawDynamicKeywords = false
        func ensure(_ condition: Bool) throws(Failure) {
            if !condition { throw syntax("invalid syntax for function call expression", open) }
        }
        while !current.isOp(")") {
            if requireComma {
                try expect(.op(","), ",")
                if current.isOp(")") { break }
            }
            if current.isOp("*") {
                try ensure(!sawDynamicArgs && !sawDynamicKeywords)
                try advance()
                _ = try parseExpression()
                sawDynamicArgs = true
                arguments.hasDynamic = true
            } else if current.isOp("**") {
                try ensure(!sawDynamicKeywords)
                try advance()
                _ = try parseExpression()
                sawDynamicKeywords = true
                arguments.hasDynamic = true
            } else if case .name(let key) = current.kind, try peek().isOp("=") {
                try ensure(!sawDynamicKeywords)
                try advance()
                try advance()
                arguments.keywords.append((key, try parseExpression()))
            } else {
                try ensure(!sawDynamicArgs && !sawDynamicKeywords && arguments.keywords.isEmpty)
                arguments.positional.append(try parseExpression())
            }
            requireComma = true
        }
        try expect(.op(")"), ")")
        return arguments
    }

    private mutating func parseCall(_ node: JinjaExpression, start: Int) throws(Failure) -> JinjaExpression {
        let arguments = try parseCallArguments()
        return make(.call(node, arguments), start, depth: max(node.depth, arguments.depth) + 1)
    }

    /// One `name(arguments)` after `|`, with the check that the filter exists.
    private mutating func parseFilterCall() throws(Failure) -> JinjaFilterCall {
        let (first, token) = try expectName()
        var name = first
        while try skipIfOp(".") { name += "." + (try expectName().0) }
        let arguments = current.isOp("(") ? try parseCallArguments() : .none
        let call = JinjaFilterCall(name: name, arguments: arguments, range: range(token.start, previousEnd))
        if !Self.jinjaFilters.contains(name) {
            noteUnknown(filter: true, name: name, range: range(token.start, token.end))
        }
        return call
    }

    private mutating func parseFilterChain(startInline: Bool) throws(Failure) -> [JinjaFilterCall] {
        var filters: [JinjaFilterCall] = []
        var inline = startInline
        while current.isOp("|") || inline {
            if !inline { try advance() }
            filters.append(try parseFilterCall())
            inline = false
        }
        return filters
    }

    private mutating func parseTest(_ node: JinjaExpression, start: Int) throws(Failure) -> JinjaExpression {
        try advance()
        let negated = try skipIfName("not")
        let (first, token) = try expectName()
        var name = first
        while try skipIfOp(".") { name += "." + (try expectName().0) }
        var arguments = JinjaArguments.none
        if current.isOp("(") {
            arguments = try parseCallArguments()
        } else {
            switch current.kind {
            case .name("else"), .name("or"), .name("and"): break
            case .name, .string, .integer, .float, .op("("), .op("["), .op("{"):
                if current.isName("is") { throw syntax("You cannot chain multiple tests with is", current) }
                let argumentStart = current.start
                var argument = try parsePrimary()
                argument = try parsePostfix(argument, start: argumentStart)
                arguments.positional = [argument]
            default: break
            }
        }
        if !Self.jinjaTests.contains(name) {
            noteUnknown(filter: false, name: name, range: range(token.start, token.end))
        }
        let test = make(
            .test(node, name: name, arguments, soft: soft), start, depth: max(node.depth, arguments.depth) + 1)
        return negated ? make(.not(test), start, depth: test.depth + 1) : test
    }

    private mutating func noteUnknown(filter: Bool, name: String, range: SourceRange) {
        let kind = filter ? "filter" : "test"
        var message = "jinja has no \(kind) '\(name)'"
        if filter, let tool = Self.foreignFilters[name] { message += " (it is \(tool)'s, not Jinja's)" }
        let known = filter ? Self.jinjaFilters : Self.jinjaTests
        let suggestion = Suggestion.closest(to: name, among: known.sorted())
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        message += soft ? "; rendering fails if it is reached" : "; cloud-init cannot compile the template"
        result.findings.append(
            JinjaFinding(filter ? .unknownFilter : .unknownTest, .error, message, at: range, suggestion: suggestion))
        if !soft, result.compileError == nil {
            result.compileError = "No \(kind) named '\(name)'."
        }
    }
}
