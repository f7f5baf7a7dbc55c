/// A position as libyaml reports it: 0-based line and column (Unicode scalars) and the index of
/// the character in the input it was given.
struct YAMLMark: Sendable, Hashable {
    var line: Int
    var column: Int
    var index: Int
}

/// One parse event from libyaml, copied into Swift values.
struct YAMLEvent: Sendable {
    enum Kind: Sendable, Hashable {
        case streamStart
        case streamEnd
        case documentStart(implicit: Bool)
        case documentEnd(implicit: Bool)
        case alias
        case scalar
        case sequenceStart
        case sequenceEnd
        case mappingStart
        case mappingEnd
    }

    var kind: Kind
    var start: YAMLMark
    var end: YAMLMark
    /// The anchor of a node, or the name an alias refers to.
    var anchor: String?
    /// The explicit tag, with handles expanded (`!!int` is `tag:yaml.org,2002:int`).
    var tag: String?
    /// The scalar's value.
    var value: String
    var scalarStyle: YAMLScalarStyle
    var collectionStyle: YAMLCollectionStyle
    /// Whether a plain scalar without a tag is open to implicit typing.
    var plainImplicit: Bool

    init(
        kind: Kind, start: YAMLMark, end: YAMLMark, anchor: String? = nil, tag: String? = nil, value: String = "",
        scalarStyle: YAMLScalarStyle = .plain, collectionStyle: YAMLCollectionStyle = .block,
        plainImplicit: Bool = false
    ) {
        self.kind = kind
        self.start = start
        self.end = end
        self.anchor = anchor
        self.tag = tag
        self.value = value
        self.scalarStyle = scalarStyle
        self.collectionStyle = collectionStyle
        self.plainImplicit = plainImplicit
    }
}
