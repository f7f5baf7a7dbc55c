#if canImport(Glibc)
    import Glibc
#endif

/// The identity of a node within its document.
public struct YAMLNodeID: Sendable, Hashable, Comparable {
    /// The node's index in its document.
    public var index: Int { Int(storage) }
    /// The index in four bytes, as nodes keep their children's positions: a document has fewer
    /// than 2^31 nodes (inputs are at most 1 GiB), and a large one has millions of children.
    private let storage: Int32

    init(_ index: Int) { storage = Int32(truncatingIfNeeded: index) }
    init(_ index: Int32) { storage = index }

    /// Whether the left value sorts before the right one.
    public static func < (lhs: YAMLNodeID, rhs: YAMLNodeID) -> Bool { lhs.index < rhs.index }
}

/// A node of a YAML document as written: a scalar, a sequence, a mapping, or an alias to an
/// anchored node. Nodes live in their ``YAMLDocument``; children are reached through it.
public struct YAMLNode: Sendable {
    /// What kind of node this is.
    public enum Kind: Sendable, Hashable {
        /// A scalar.
        case scalar
        /// A sequence.
        case sequence
        /// A mapping.
        case mapping
        /// An alias (`*name`); ``YAMLDocument/target(of:)`` gives the anchored node.
        case alias
    }

    // Stored properties are declared largest first, so that the node packs into 32 bytes (Swift
    // lays fields out in declaration order): the input, the value or children (with the rare
    // tag, anchor and owned text), the one-byte fields, then the offsets. A large input holds
    // millions of nodes. Lines and columns are not stored: they are worked out from the
    // input's line index when asked for (the rare position libyaml reports otherwise is kept
    // out of line, exactly).

    /// The input the node was read from: the text of most scalars, and every position.
    private let input: NodeInput
    private var storedValue: StoredValue
    /// What kind of node this is.
    public let kind: Kind
    /// How a scalar is written; `.plain` for other kinds.
    public let scalarStyle: YAMLScalarStyle
    /// How a collection is written; `.block` for other kinds.
    public let collectionStyle: YAMLCollectionStyle
    private let storedTag: StoredTag
    private let textSource: TextSource
    /// The byte offsets of the node's start and end.
    let startOffset: Int32
    let endOffset: Int32

    /// The scalar's value (after quoting and folding), or the name an alias refers to.
    ///
    /// A scalar written without escapes or folding keeps no string of its own: its text is read
    /// from the input each time it is asked for.
    public var text: String {
        switch textSource {
        case .empty: ""
        case .input:
            input.bytes.withUnsafeBufferPointer {
                String(decoding: UnsafeBufferPointer(rebasing: $0[textRange]), as: UTF8.self)
            }
        case .owned: storedValue.ownedText ?? ""
        case .literal: input.literalText(from: Int(startOffset), to: Int(endOffset))
        }
    }

    /// Where the node's children start in ``YAMLDocument/children`` (for an alias with a
    /// target, the target's index); 0 for a scalar.
    var childStart: Int32 { storedValue.children.start }
    /// How many children the node has (1 for an alias with a target); 0 for a scalar.
    var childCount: Int32 { storedValue.children.count }
    /// The explicit tag, anchor, and tag of an alias's target, when the node has any.
    var properties: Properties? {
        if case .extras(let extras) = storedValue { return extras.properties }
        return nil
    }

    /// Where the node is written; for an alias, the `*name` itself.
    public var range: SourceRange {
        let start = self.start
        // The end is searched for from the start's line: most nodes end on it or the next.
        if case .extras(let extras) = storedValue, let end = extras.end { return SourceRange(start: start, end: end) }
        return SourceRange(start: start, end: input.location(atOffset: Int(endOffset), fromLine: start.line - 1))
    }
    /// Where the node starts.
    var start: SourceLocation {
        if case .extras(let extras) = storedValue, let start = extras.start { return start }
        return input.location(atOffset: Int(startOffset))
    }
    /// Where the node ends.
    var end: SourceLocation {
        if case .extras(let extras) = storedValue, let end = extras.end { return end }
        return input.location(atOffset: Int(endOffset))
    }
    /// Where the node ends, searching for its line from `first`, a 0-based line that starts at
    /// or before the end (such as the line a parent collection starts on).
    func end(fromLine first: Int) -> SourceLocation {
        if case .extras(let extras) = storedValue, let end = extras.end { return end }
        return input.location(atOffset: Int(endOffset), fromLine: first)
    }
    /// The tag cloud-init's loader gives the node, explicit or resolved.
    public var tag: YAMLTag { storedTag.tag(other: properties?.otherTag ?? properties?.explicitTag) }
    /// The scalar as cloud-init's loader constructs it; `nil` for collections, aliases, and
    /// scalars the loader cannot construct (each of those has an error in the stream). A mapping
    /// given a scalar tag has the value of its `=` entry, as PyYAML reads `!!str {=: x}`.
    public internal(set) var value: YAMLScalar? {
        get { storedValue.scalar(text: text) }
        set {
            let children = storedValue.children
            var exact: (start: SourceLocation?, end: SourceLocation?) = (nil, nil)
            if case .extras(let extras) = storedValue { exact = (extras.start, extras.end) }
            storedValue = StoredValue(
                newValue, text: text, ownedText: textSource == .owned ? text : nil, childStart: children.start,
                childCount: children.count, properties: properties, start: exact.start, end: exact.end)
        }
    }
    /// The explicit tag as written, expanded (`!!str` gives `tag:yaml.org,2002:str`), if any.
    public var explicitTag: String? { properties?.explicitTag }
    /// The anchor (`&name`), if any.
    public var anchor: String? { properties?.anchor }

    /// Whether the node is a scalar whose value is its text as a string.
    var valueIsText: Bool {
        switch storedValue {
        case .text, .ownedText: true
        case .extras(let extras): extras.valueIsText
        default: false
        }
    }

    init(
        kind: Kind, text: String, scalarStyle: YAMLScalarStyle, collectionStyle: YAMLCollectionStyle, tag: YAMLTag,
        value: YAMLScalar?, start: SourceLocation, end: SourceLocation, properties: Properties?, childStart: Int32,
        childCount: Int32, valueIsText: Bool = false, input: NodeInput
    ) {
        var bytes = text
        let range = Self.textRange(
            kind: kind, style: scalarStyle, start: Int32(truncatingIfNeeded: start.offset),
            end: Int32(truncatingIfNeeded: end.offset))
        let textSource = bytes.withUTF8 { TextSource($0, input: input, style: scalarStyle, range: range) }
        self.init(
            kind: kind, textSource: textSource, text: { text }, scalarStyle: scalarStyle,
            collectionStyle: collectionStyle, tag: tag, value: value, start: start, end: end, properties: properties,
            childStart: childStart, childCount: childCount, valueIsText: valueIsText, input: input)
    }

    /// A scalar whose text is given as UTF-8 bytes (libyaml's, valid only during the call): a
    /// string is made only when the node keeps one of its own.
    init(
        scalarText bytes: UnsafeBufferPointer<UInt8>, scalarStyle: YAMLScalarStyle, tag: YAMLTag, value: YAMLScalar?,
        start: SourceLocation, end: SourceLocation, properties: Properties?, valueIsText: Bool, input: NodeInput
    ) {
        let range = Self.textRange(
            kind: .scalar, style: scalarStyle, start: Int32(truncatingIfNeeded: start.offset),
            end: Int32(truncatingIfNeeded: end.offset))
        self.init(
            kind: .scalar, textSource: TextSource(bytes, input: input, style: scalarStyle, range: range),
            text: { String(decoding: bytes, as: UTF8.self) }, scalarStyle: scalarStyle, collectionStyle: .block,
            tag: tag, value: value, start: start, end: end, properties: properties, childStart: 0, childCount: 0,
            valueIsText: valueIsText, input: input)
    }

    /// The common scalar, quickly: a string without tag or anchor whose text is the input's
    /// bytes where it is written (no escapes or folding) and whose positions the line index
    /// gives back. Such a node keeps nothing but its offsets; `nil` for any other scalar, which
    /// the general initializer builds.
    init?(
        inputText bytes: UnsafeBufferPointer<UInt8>, scalarStyle: YAMLScalarStyle, start: SourceLocation,
        end: SourceLocation, input: NodeInput
    ) {
        let startOffset = Int32(truncatingIfNeeded: start.offset)
        let endOffset = Int32(truncatingIfNeeded: end.offset)
        let range = Self.textRange(kind: .scalar, style: scalarStyle, start: startOffset, end: endOffset)
        guard !bytes.isEmpty, range.lowerBound >= 0, range.upperBound <= input.bytes.count, range.count == bytes.count,
            input.bytes.withUnsafeBufferPointer({ TextSource.equal($0, range, bytes) }), input.derives(start),
            input.derives(end)
        else { return nil }
        self.input = input
        self.storedValue = .text
        self.kind = .scalar
        self.scalarStyle = scalarStyle
        self.collectionStyle = .block
        self.storedTag = .str
        self.textSource = .input
        self.startOffset = startOffset
        self.endOffset = endOffset
    }

    /// The common collection, quickly: one without tag or anchor, read as nothing but a
    /// collection, whose positions the line index gives back. Such a node keeps nothing but
    /// where its children are and its offsets; `nil` for any other collection, which the
    /// general initializer builds.
    init?(
        collection kind: Kind, style: YAMLCollectionStyle, start: SourceLocation, end: SourceLocation,
        childStart: Int32, childCount: Int32, input: NodeInput
    ) {
        guard kind == .sequence || kind == .mapping, input.derives(start), input.derives(end) else { return nil }
        self.input = input
        self.storedValue = childStart != 0 || childCount != 0 ? .children(start: childStart, count: childCount) : .none
        self.kind = kind
        self.scalarStyle = .plain
        self.collectionStyle = style
        self.storedTag = kind == .sequence ? .seq : .map
        self.textSource = .empty
        self.startOffset = Int32(truncatingIfNeeded: start.offset)
        self.endOffset = Int32(truncatingIfNeeded: end.offset)
    }

    private init(
        kind: Kind, textSource: TextSource, text: () -> String, scalarStyle: YAMLScalarStyle,
        collectionStyle: YAMLCollectionStyle, tag: YAMLTag, value: YAMLScalar?, start: SourceLocation,
        end: SourceLocation, properties: Properties?, childStart: Int32, childCount: Int32, valueIsText: Bool,
        input: NodeInput
    ) {
        self.kind = kind
        self.input = input
        self.scalarStyle = scalarStyle
        self.collectionStyle = collectionStyle
        self.startOffset = Int32(truncatingIfNeeded: start.offset)
        self.endOffset = Int32(truncatingIfNeeded: end.offset)
        self.textSource = textSource
        var properties = properties
        if case .other(let uri) = tag, uri != properties?.explicitTag {
            // An alias takes the tag of its target, which it does not write itself.
            properties = Properties(explicitTag: properties?.explicitTag, anchor: properties?.anchor, otherTag: uri)
        }
        // Positions the line index gives back are not kept; libyaml's rare others are.
        let exactStart = input.derives(start) ? nil : start
        let exactEnd = input.derives(end) ? nil : end
        if valueIsText, childStart == 0, childCount == 0, properties == nil, textSource != .owned, exactStart == nil,
            exactEnd == nil
        {
            self.storedValue = .text
        } else {
            let text = text()
            self.storedValue = StoredValue(
                valueIsText ? .string(text) : value, text: text, ownedText: textSource == .owned ? text : nil,
                childStart: childStart, childCount: childCount, properties: properties, start: exactStart,
                end: exactEnd)
        }
        self.storedTag = StoredTag(tag)
    }

    /// Where a scalar's text would be in the input if written without escapes or folding: the
    /// whole plain scalar, inside the quotes, or an alias's name after its `*`.
    private var textRange: Range<Int> {
        Self.textRange(kind: kind, style: scalarStyle, start: startOffset, end: endOffset)
    }

    private static func textRange(kind: Kind, style: YAMLScalarStyle, start: Int32, end: Int32) -> Range<Int> {
        let lower = Int(start)
        let upper = max(lower, Int(end))
        if kind == .alias { return min(lower + 1, upper)..<upper }
        switch style {
        case .singleQuoted, .doubleQuoted: return min(lower + 1, upper)..<max(lower + 1, upper - 1)
        default: return lower..<upper
        }
    }

    /// Calls `body` with the UTF-8 bytes of ``text``, without making a string when the text is
    /// read from the input.
    func withTextUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch textSource {
        case .empty:
            return body(UnsafeBufferPointer(start: nil, count: 0))
        case .owned:
            var text = storedValue.ownedText ?? ""
            return text.withUTF8(body)
        case .literal:
            var text = self.text
            return text.withUTF8(body)
        case .input:
            let range = textRange
            return input.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
    }

    /// Whether ``text`` is `other`, compared on the bytes without making a string; the counts
    /// are compared first, which rejects most keys.
    func hasText(_ other: String) -> Bool {
        switch textSource {
        case .empty:
            return other.isEmpty
        case .owned, .literal:
            let text = textSource == .owned ? storedValue.ownedText ?? "" : self.text
            return text.utf8.count == other.utf8.count && text.utf8.elementsEqual(other.utf8)
        case .input:
            let range = textRange
            guard range.count == other.utf8.count else { return false }
            let bytes = input.bytes
            let equal = other.utf8.withContiguousStorageIfAvailable { wanted in
                bytes.withUnsafeBufferPointer { TextSource.equal($0, range, wanted) }
            }
            return equal ?? bytes[range].elementsEqual(other.utf8)
        }
    }

    /// Whether two nodes have the same ``text``, compared without making strings.
    func hasSameText(as other: YAMLNode) -> Bool {
        withTextUTF8 { left in
            other.withTextUTF8 { right in
                left.count == right.count && left.elementsEqual(right)
            }
        }
    }

    /// Whether the node keeps a string of its own for its text, rather than reading it from the
    /// input.
    var keepsText: Bool { textSource == .owned }

    /// Where the text is, in one byte: nothing (collections, empty scalars), the input at the
    /// node's ``textRange`` (most scalars of a large input), the lines of a literal block
    /// scalar less their indentation (worked out again when asked for), or a string of the
    /// node's own, kept with its value.
    private enum TextSource: UInt8 {
        case empty
        case input
        case literal
        case owned

        init(_ text: UnsafeBufferPointer<UInt8>, input: NodeInput, style: YAMLScalarStyle, range: Range<Int>) {
            if text.isEmpty {
                self = .empty
            } else if range.lowerBound >= 0, range.upperBound <= input.bytes.count, range.count == text.count,
                input.bytes.withUnsafeBufferPointer({ Self.equal($0, range, text) })
            {
                self = .input
            } else if style == .literal, range.lowerBound >= 0, range.upperBound <= input.bytes.count,
                input.isLiteralText(text, from: range.lowerBound, to: range.upperBound)
            {
                self = .literal
            } else {
                self = .owned
            }
        }

        /// Whether `input[range]` holds exactly the bytes of `value` (of the same count).
        static func equal(
            _ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ value: UnsafeBufferPointer<UInt8>
        ) -> Bool {
            #if canImport(Glibc)
                guard let left = input.baseAddress, let right = value.baseAddress else { return range.isEmpty }
                return memcmp(left + range.lowerBound, right, range.count) == 0
            #else
                return UnsafeBufferPointer(rebasing: input[range]).elementsEqual(value)
            #endif
        }
    }

    private final class TextBox: Sendable {
        let text: String
        init(_ text: String) { self.text = text }
    }

    /// The rarely present tag and anchor, kept out of line so that nodes stay small.
    final class Properties: Sendable {
        let explicitTag: String?
        let anchor: String?
        /// A tag SafeLoader does not know that is not the node's own explicit tag (an alias's).
        let otherTag: String?

        init(explicitTag: String?, anchor: String?, otherTag: String? = nil) {
            self.explicitTag = explicitTag
            self.anchor = anchor
            self.otherTag = otherTag
        }
    }

    /// The tag in one byte; the URI of an `.other` tag is kept in ``Properties``.
    private enum StoredTag: UInt8 {
        case str, int, float, bool, null, timestamp, binary, merge, value, seq, map, set, omap, pairs
        case pythonUnicode, other

        init(_ tag: YAMLTag) {
            switch tag {
            case .str: self = .str
            case .int: self = .int
            case .float: self = .float
            case .bool: self = .bool
            case .null: self = .null
            case .timestamp: self = .timestamp
            case .binary: self = .binary
            case .merge: self = .merge
            case .value: self = .value
            case .seq: self = .seq
            case .map: self = .map
            case .set: self = .set
            case .omap: self = .omap
            case .pairs: self = .pairs
            case .pythonUnicode: self = .pythonUnicode
            case .other: self = .other
            }
        }

        func tag(other: String?) -> YAMLTag {
            switch self {
            case .str: .str
            case .int: .int
            case .float: .float
            case .bool: .bool
            case .null: .null
            case .timestamp: .timestamp
            case .binary: .binary
            case .merge: .merge
            case .value: .value
            case .seq: .seq
            case .map: .map
            case .set: .set
            case .omap: .omap
            case .pairs: .pairs
            case .pythonUnicode: .pythonUnicode
            case .other: .other(other ?? "")
            }
        }
    }

    /// The value, the children and the properties in nine bytes. A node without children or
    /// properties (most scalars) keeps its value: a string equal to its text (the common case)
    /// and small scalars inline, a string with its own text (escapes, folding) or anything else
    /// in a box. A collection or an alias with a target keeps where its children are. A node
    /// with properties, with children and a value (a mapping read as a scalar, an alias to a
    /// scalar), with a text of its own beside another value, or with a position the line index
    /// does not give back, keeps everything in a box.
    private enum StoredValue {
        case none
        case text
        case ownedText(TextBox)
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case boxed(ScalarBox)
        case children(start: Int32, count: Int32)
        case extras(Extras)

        init(
            _ scalar: YAMLScalar?, text: String, ownedText: String?, childStart: Int32, childCount: Int32,
            properties: Properties?, start: SourceLocation?, end: SourceLocation?
        ) {
            let hasChildren = childStart != 0 || childCount != 0
            var isText = false
            if case .string(let value)? = scalar { isText = value.utf8.elementsEqual(text.utf8) }
            let plainOwned = ownedText == nil || (!hasChildren && isText)
            guard properties == nil, !hasChildren || scalar == nil, plainOwned, start == nil, end == nil else {
                self = .extras(
                    Extras(
                        properties: properties, scalar: isText ? nil : scalar, valueIsText: isText,
                        childStart: childStart, childCount: childCount, ownedText: ownedText, start: start,
                        end: end))
                return
            }
            if let ownedText {
                self = .ownedText(TextBox(ownedText))
                return
            }
            guard !hasChildren else {
                self = .children(start: childStart, count: childCount)
                return
            }
            switch scalar {
            case nil: self = .none
            case .null?: self = .null
            case .bool(let value)?: self = .bool(value)
            case .float(let value)?: self = .float(value)
            case .int(let value)? where value.intValue != nil: self = .int(value.intValue ?? 0)
            case .string? where isText: self = .text
            case let scalar?: self = .boxed(ScalarBox(scalar))
            }
        }

        func scalar(text: @autoclosure () -> String) -> YAMLScalar? {
            switch self {
            case .none, .children: nil
            case .text: .string(text())
            case .ownedText(let box): .string(box.text)
            case .null: .null
            case .bool(let value): .bool(value)
            case .int(let value): .int(YAMLInteger(value))
            case .float(let value): .float(value)
            case .boxed(let box): box.scalar
            case .extras(let extras): extras.valueIsText ? .string(text()) : extras.scalar
            }
        }

        var children: (start: Int32, count: Int32) {
            switch self {
            case .children(let start, let count): (start, count)
            case .extras(let extras): (extras.childStart, extras.childCount)
            default: (0, 0)
            }
        }

        /// The node's own text, when it is not read from the input.
        var ownedText: String? {
            switch self {
            case .ownedText(let box): box.text
            case .extras(let extras): extras.ownedText
            default: nil
            }
        }
    }

    private final class ScalarBox: Sendable {
        let scalar: YAMLScalar
        init(_ scalar: YAMLScalar) { self.scalar = scalar }
    }

    /// What a node rarely has: properties, both children and a value, a text of its own beside
    /// another value, or a position libyaml reports that the line index does not give back.
    private final class Extras: Sendable {
        let properties: Properties?
        let scalar: YAMLScalar?
        /// Whether the value is the node's text as a string (then ``scalar`` is `nil`).
        let valueIsText: Bool
        let childStart: Int32
        let childCount: Int32
        /// The text, when it is not read from the input.
        let ownedText: String?
        /// The start and end as libyaml reported them, when the line index gives otherwise.
        let start: SourceLocation?
        let end: SourceLocation?

        init(
            properties: Properties?, scalar: YAMLScalar?, valueIsText: Bool, childStart: Int32, childCount: Int32,
            ownedText: String?, start: SourceLocation?, end: SourceLocation?
        ) {
            self.properties = properties
            self.scalar = scalar
            self.valueIsText = valueIsText
            self.childStart = childStart
            self.childCount = childCount
            self.ownedText = ownedText
            self.start = start
            self.end = end
        }
    }

    /// Whether this is a scalar that cloud-init loads as a string.
    public var isString: Bool {
        // Asked of every node on a large input: answered without making the string.
        switch storedValue {
        case .text, .ownedText: return true
        case .boxed(let box): if case .string = box.scalar { return true }
        case .extras(let extras):
            if extras.valueIsText { return true }
            if case .string? = extras.scalar { return true }
        default: break
        }
        return false
    }
}
