/// Why rendering stopped: what Python would raise, or what this renderer refuses to do.
struct JinjaRenderError: Error, Sendable {
    /// The class of failure.
    enum Kind: Sendable, Equatable {
        /// `jinja2.exceptions.UndefinedError`: cloud-init drops the part with a warning.
        case undefined
        /// A Python `TypeError`: cloud-init drops the part with a warning.
        case type
        /// Any other Python exception (`ValueError`, `ZeroDivisionError`, ...): the part handler
        /// fails and the part is dropped.
        case other
        /// A construct this renderer does not evaluate.
        case unsupported
        /// A bound on output size, iterations or nesting.
        case limit
    }

    /// The class of failure.
    var kind: Kind
    /// The message Python would give (for unsupported constructs and limits, ours).
    var message: String
    /// The template range of the expression or statement that failed, once known.
    var range: SourceRange?

    static func undefined(_ message: String) -> JinjaRenderError {
        JinjaRenderError(kind: .undefined, message: message)
    }
    static func type(_ message: String) -> JinjaRenderError { JinjaRenderError(kind: .type, message: message) }
    static func other(_ message: String) -> JinjaRenderError { JinjaRenderError(kind: .other, message: message) }
    static func unsupported(_ message: String) -> JinjaRenderError {
        JinjaRenderError(kind: .unsupported, message: message)
    }
    static func limit(_ message: String) -> JinjaRenderError { JinjaRenderError(kind: .limit, message: message) }
}
