/// One token of a Jinja template, with its span in the normalized body.
struct JinjaToken: Sendable, Equatable {
    /// What the token is.
    enum Kind: Sendable, Equatable {
        /// Template text, `start..<end` of the body (whitespace control already applied).
        case data
        /// `{{`.
        case variableBegin
        /// `}}`.
        case variableEnd
        /// `{%`.
        case blockBegin
        /// `%}`.
        case blockEnd
        /// A name (keywords such as `if` and `in` are names too, as in Jinja).
        case name(String)
        /// A string literal, unescaped.
        case string(String)
        /// An integer literal.
        case integer(Int)
        /// A float literal.
        case float(Double)
        /// An operator, such as `+`, `//` or `[`.
        case op(String)
        /// Valid Jinja that this lexer does not take (a non-ASCII name, a huge integer).
        case unsupported(String)
        /// A lexing error, reported when the parser reaches it.
        case error(String)
        /// The end of the template.
        case eof
    }

    /// What the token is.
    var kind: Kind
    /// The first byte of the token in the normalized body.
    var start: Int
    /// The byte after the token.
    var end: Int

    /// How Jinja describes the token in messages (`'end of statement block'`, `'}'`, ...).
    var jinjaDescription: String {
        switch kind {
        case .data: "template data / text"
        case .variableBegin: "begin of print statement"
        case .variableEnd: "end of print statement"
        case .blockBegin: "begin of statement block"
        case .blockEnd: "end of statement block"
        case .name(let name): name
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .op(let op): op
        case .unsupported, .error: "error"
        case .eof: "end of template"
        }
    }

    /// Whether the token is the name `name`.
    func isName(_ name: String) -> Bool {
        if case .name(let value) = kind { return value == name }
        return false
    }

    /// Whether the token is the operator `op`.
    func isOp(_ op: String) -> Bool {
        if case .op(let value) = kind { return value == op }
        return false
    }
}
