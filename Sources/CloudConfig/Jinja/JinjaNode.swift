/// A statement of a template: text, an output `{{ }}` or a block tag, with its range in the
/// template file.
indirect enum JinjaNode: Sendable {
    /// Template text: `start..<end` of the normalized body.
    case text(start: Int, end: Int)
    /// `{{ expression }}`; the range is that of the whole tag.
    case output(JinjaExpression, SourceRange)
    /// `{% if %}` with its `elif` branches, then the `else` body.
    case ifBlock([(JinjaExpression, [JinjaNode])], otherwise: [JinjaNode], SourceRange)
    /// `{% for %}`.
    case forLoop(JinjaForLoop)
    /// `{% set target = value %}`.
    case set(JinjaTarget, JinjaExpression, SourceRange)
    /// `{% set target %}...{% endset %}`, with an optional filter chain applied to the body.
    case setBlock(JinjaTarget, filters: [JinjaFilterCall], body: [JinjaNode], SourceRange)
    /// `{% with a = 1 %}...{% endwith %}`.
    case with([(JinjaTarget, JinjaExpression)], body: [JinjaNode], SourceRange)
    /// `{% filter name %}...{% endfilter %}`.
    case filterBlock([JinjaFilterCall], body: [JinjaNode], SourceRange)
    /// `{% do expression %}` (cloud-init enables `jinja2.ext.do`) and `{% print expression %}`.
    case expression(JinjaExpression, prints: Bool, SourceRange)
    /// `include`, `import`, `from` or `extends`: cloud-init's environment has no loader.
    case noLoader(String, SourceRange)
    /// A valid statement this renderer does not evaluate (`macro`, `call`, `block`, ...).
    case unsupported(String, SourceRange)
}

/// A `{% for target in iterable if condition %}` loop.
struct JinjaForLoop: Sendable {
    /// What each item is assigned to.
    var target: JinjaTarget
    /// What is iterated.
    var iterable: JinjaExpression
    /// The inline `if` filter.
    var condition: JinjaExpression?
    /// The body.
    var body: [JinjaNode]
    /// The `{% else %}` body, rendered when nothing was iterated.
    var otherwise: [JinjaNode]
    /// Whether the loop is `recursive` (not supported).
    var recursive: Bool
    /// The range from `{% for` to `endfor %}`.
    var range: SourceRange
}

/// One filter of a `{% filter %}` or `{% set x | filter %}` chain.
struct JinjaFilterCall: Sendable {
    /// The filter's name.
    var name: String
    /// Its arguments.
    var arguments: JinjaArguments
    /// The range of the filter's name and arguments.
    var range: SourceRange
}
