/// An expression of a template, with its range in the template file.
struct JinjaExpression: Sendable {
    /// The operators of arithmetic.
    enum BinaryOperator: String, Sendable {
        case add = "+"
        case subtract = "-"
        case multiply = "*"
        case divide = "/"
        case floorDivide = "//"
        case modulo = "%"
        case power = "**"
    }

    /// The operators of comparison.
    enum CompareOperator: String, Sendable {
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case `in` = "in"
        case notIn = "not in"
    }

    /// What the expression is.
    indirect enum Kind: Sendable {
        /// A string, number, boolean or `none` literal.
        case literal(JinjaValue)
        /// A variable.
        case name(String)
        /// `[a, b]`.
        case list([JinjaExpression])
        /// `(a, b)` or `a, b`.
        case tuple([JinjaExpression])
        /// `{a: b}`.
        case dict([JinjaExpression], [JinjaExpression])
        /// `value.name`.
        case attribute(JinjaExpression, String)
        /// `value[key]` (and `value.0`).
        case item(JinjaExpression, JinjaExpression)
        /// `value[start:stop:step]`.
        case slice(JinjaExpression, JinjaExpression?, JinjaExpression?, JinjaExpression?)
        /// `callee(arguments)`.
        case call(JinjaExpression, JinjaArguments)
        /// `value | name(arguments)`.
        case filter(JinjaExpression, name: String, JinjaArguments, soft: Bool)
        /// `value is name(arguments)`.
        case test(JinjaExpression, name: String, JinjaArguments, soft: Bool)
        /// `not value`.
        case not(JinjaExpression)
        /// `-value`.
        case negate(JinjaExpression)
        /// `+value`.
        case plus(JinjaExpression)
        /// Arithmetic.
        case binary(BinaryOperator, JinjaExpression, JinjaExpression)
        /// `a and b`.
        case and(JinjaExpression, JinjaExpression)
        /// `a or b`.
        case or(JinjaExpression, JinjaExpression)
        /// A comparison chain: `a < b <= c`.
        case compare(JinjaExpression, [(CompareOperator, JinjaExpression)])
        /// `a ~ b ~ c`.
        case concat([JinjaExpression])
        /// `then if test else otherwise`.
        case conditional(test: JinjaExpression, then: JinjaExpression, otherwise: JinjaExpression?)
        /// Valid Jinja this renderer does not evaluate.
        case unsupported(String)
    }

    /// What the expression is.
    var kind: Kind
    /// Where it is in the template file.
    var range: SourceRange
    /// The depth of the expression tree, bounded by ``JinjaLimits/maximumNesting``.
    var depth: Int
}

/// The arguments of a call, filter or test.
struct JinjaArguments: Sendable {
    /// Positional arguments.
    var positional: [JinjaExpression] = []
    /// Keyword arguments, in order.
    var keywords: [(String, JinjaExpression)] = []
    /// Whether `*args` or `**kwargs` was used (not supported).
    var hasDynamic = false

    /// No arguments.
    static let none = JinjaArguments()

    /// The deepest argument's depth.
    var depth: Int {
        max(positional.map(\.depth).max() ?? 0, keywords.map(\.1.depth).max() ?? 0)
    }
}

/// What a `for`, `set` or `with` assigns to.
indirect enum JinjaTarget: Sendable {
    /// A variable.
    case name(String)
    /// Unpacking: `a, b`.
    case tuple([JinjaTarget])
    /// A namespace attribute: `ns.count`.
    case namespaceAttribute(String, String)
}
