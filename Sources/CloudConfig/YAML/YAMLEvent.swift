/// A position as libyaml reports it: 0-based line and column (Unicode scalars) and the index of
/// the character in the input it was given.
struct YAMLMark: Sendable, Hashable {
    var line: Int
    var column: Int
    var index: Int
}

/// One parse event from libyaml: its kind, positions and styles, as plain values.
///
/// The event holds no strings, so that handing it over costs no reference counting: a scalar's
/// value, and the anchor and tag of any node, are read from the ``YAMLEventReader`` while the
/// event is current (``YAMLEventReader/value``, ``YAMLEventReader/anchor``,
/// ``YAMLEventReader/tag``).
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
    var scalarStyle: YAMLScalarStyle
    var collectionStyle: YAMLCollectionStyle
    /// Whether a plain scalar without a tag is open to implicit typing.
    var plainImplicit: Bool

    init(
        kind: Kind, start: YAMLMark, end: YAMLMark, scalarStyle: YAMLScalarStyle = .plain,
        collectionStyle: YAMLCollectionStyle = .block, plainImplicit: Bool = false
    ) {
        self.kind = kind
        self.start = start
        self.end = end
        self.scalarStyle = scalarStyle
        self.collectionStyle = collectionStyle
        self.plainImplicit = plainImplicit
    }
}
