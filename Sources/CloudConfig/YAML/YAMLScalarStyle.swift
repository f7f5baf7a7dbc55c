/// How a scalar is written in the source.
public enum YAMLScalarStyle: Sendable, Hashable {
    /// Unquoted, the only style YAML 1.1 typing applies to.
    case plain
    /// `'single quoted'`.
    case singleQuoted
    /// `"double quoted"`.
    case doubleQuoted
    /// A `|` block.
    case literal
    /// A `>` block.
    case folded
}

/// How a sequence or mapping is written in the source.
public enum YAMLCollectionStyle: Sendable, Hashable {
    /// Indented lines (`- item`, `key: value`).
    case block
    /// Brackets and braces (`[a, b]`, `{a: 1}`).
    case flow
}
