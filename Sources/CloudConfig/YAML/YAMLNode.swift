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

    // Stored properties are declared largest first, so that the node packs into 48 bytes (Swift
    // lays fields out in declaration order): the text, the value or children (with the rare
    // tag and anchor), the one-byte fields, then the positions. A large input holds millions of
    // nodes.

    /// The scalar's value (after quoting and folding), or the name an alias refers to.
    ///
    /// A scalar written without escapes or folding keeps no string of its own: its text is read
    /// from the input each time it is asked for.
    public var text: String { storedText.string(range: textRange) }
    private let storedText: StoredText
    private var storedValue: StoredValue
    /// What kind of node this is.
    public let kind: Kind
    /// How a scalar is written; `.plain` for other kinds.
    public let scalarStyle: YAMLScalarStyle
    /// How a collection is written; `.block` for other kinds.
    public let collectionStyle: YAMLCollectionStyle
    private let storedTag: StoredTag
    let start: PackedLocation
    let end: PackedLocation

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
    public var range: SourceRange { SourceRange(start: start.location, end: end.location) }
    /// The tag cloud-init's loader gives the node, explicit or resolved.
    public var tag: YAMLTag { storedTag.tag(other: properties?.otherTag ?? properties?.explicitTag) }
    /// The scalar as cloud-init's loader constructs it; `nil` for collections, aliases, and
    /// scalars the loader cannot construct (each of those has an error in the stream). A mapping
    /// given a scalar tag has the value of its `=` entry, as PyYAML reads `!!str {=: x}`.
    public internal(set) var value: YAMLScalar? {
        get { storedValue.scalar(text: text) }
        set {
            let children = storedValue.children
            storedValue = StoredValue(
                newValue, text: text, childStart: children.start, childCount: children.count,
                properties: properties)
        }
    }
    /// The explicit tag as written, expanded (`!!str` gives `tag:yaml.org,2002:str`), if any.
    public var explicitTag: String? { properties?.explicitTag }
    /// The anchor (`&name`), if any.
    public var anchor: String? { properties?.anchor }

    /// Whether the node is a scalar whose value is its text as a string.
    var valueIsText: Bool {
        switch storedValue {
        case .text: true
        case .extras(let extras): extras.valueIsText
        default: false
        }
    }

    init(
        kind: Kind, text: String, scalarStyle: YAMLScalarStyle, collectionStyle: YAMLCollectionStyle, tag: YAMLTag,
        value: YAMLScalar?, start: PackedLocation, end: PackedLocation, properties: Properties?, childStart: Int32,
        childCount: Int32, valueIsText: Bool = false, input: [UInt8]? = nil
    ) {
        self.kind = kind
        self.storedText = StoredText(
            text, input: input, range: Self.textRange(style: scalarStyle, start: start, end: end))
        self.scalarStyle = scalarStyle
        self.collectionStyle = collectionStyle
        self.start = start
        self.end = end
        var properties = properties
        if case .other(let uri) = tag, uri != properties?.explicitTag {
            // An alias takes the tag of its target, which it does not write itself.
            properties = Properties(explicitTag: properties?.explicitTag, anchor: properties?.anchor, otherTag: uri)
        }
        if valueIsText, childStart == 0, childCount == 0, properties == nil {
            self.storedValue = .text
        } else {
            self.storedValue = StoredValue(
                valueIsText ? .string(text) : value, text: text, childStart: childStart, childCount: childCount,
                properties: properties)
        }
        self.storedTag = StoredTag(tag)
    }

    /// Where a scalar's text would be in the input if written without escapes or folding: the
    /// whole plain scalar, or inside the quotes.
    private var textRange: Range<Int> { Self.textRange(style: scalarStyle, start: start, end: end) }

    private static func textRange(style: YAMLScalarStyle, start: PackedLocation, end: PackedLocation) -> Range<Int> {
        let lower = Int(start.offset)
        let upper = max(lower, Int(end.offset))
        switch style {
        case .singleQuoted, .doubleQuoted: return min(lower + 1, upper)..<max(lower + 1, upper - 1)
        default: return lower..<upper
        }
    }

    /// Calls `body` with the UTF-8 bytes of ``text``, without making a string when the text is
    /// read from the input.
    func withTextUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch storedText {
        case .empty:
            return body(UnsafeBufferPointer(start: nil, count: 0))
        case .owned(let box):
            var text = box.text
            return text.withUTF8(body)
        case .input(let bytes):
            let range = textRange
            return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
        }
    }

    /// Whether ``text`` is `other`, compared on the bytes without making a string; the counts
    /// are compared first, which rejects most keys.
    func hasText(_ other: String) -> Bool {
        switch storedText {
        case .empty:
            return other.isEmpty
        case .owned(let box):
            return box.text.utf8.count == other.utf8.count && box.text.utf8.elementsEqual(other.utf8)
        case .input(let bytes):
            let range = textRange
            guard range.count == other.utf8.count else { return false }
            let equal = other.utf8.withContiguousStorageIfAvailable { wanted in
                bytes.withUnsafeBufferPointer { StoredText.equal($0, range, wanted) }
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

    /// The text in eight bytes: nothing (collections, empty scalars), the input itself when the
    /// text is the bytes at the node's ``textRange`` (most scalars of a large input), or a string
    /// of its own in a box.
    private enum StoredText {
        case empty
        case owned(TextBox)
        case input([UInt8])

        init(_ text: String, input: [UInt8]?, range: Range<Int>) {
            var text = text
            if text.isEmpty {
                self = .empty
            } else if let input, range.lowerBound >= 0, range.upperBound <= input.count,
                range.count == text.utf8.count,
                text.withUTF8({ value in input.withUnsafeBufferPointer { Self.equal($0, range, value) } })
            {
                self = .input(input)
            } else {
                self = .owned(TextBox(text))
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

        func string(range: Range<Int>) -> String {
            switch self {
            case .empty: ""
            case .owned(let box): box.text
            case .input(let bytes):
                bytes.withUnsafeBufferPointer {
                    String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
                }
            }
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
    /// and small scalars inline, anything else in a box. A collection or an alias with a target
    /// keeps where its children are. A node with properties, or with children and a value (a
    /// mapping read as a scalar, an alias to a scalar), keeps everything in a box.
    private enum StoredValue {
        case none
        case text
        case null
        case bool(Bool)
        case int(Int)
        case float(Double)
        case boxed(ScalarBox)
        case children(start: Int32, count: Int32)
        case extras(Extras)

        init(_ scalar: YAMLScalar?, text: String, childStart: Int32, childCount: Int32, properties: Properties?) {
            let hasChildren = childStart != 0 || childCount != 0
            guard properties == nil, !hasChildren || scalar == nil else {
                var isText = false
                if case .string(let value)? = scalar { isText = value.utf8.elementsEqual(text.utf8) }
                self = .extras(
                    Extras(
                        properties: properties, scalar: isText ? nil : scalar, valueIsText: isText,
                        childStart: childStart, childCount: childCount))
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
            case .string(let value)? where value.utf8.elementsEqual(text.utf8): self = .text
            case let scalar?: self = .boxed(ScalarBox(scalar))
            }
        }

        func scalar(text: @autoclosure () -> String) -> YAMLScalar? {
            switch self {
            case .none, .children: nil
            case .text: .string(text())
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
    }

    private final class ScalarBox: Sendable {
        let scalar: YAMLScalar
        init(_ scalar: YAMLScalar) { self.scalar = scalar }
    }

    /// What a node rarely has: properties, or both children and a value.
    private final class Extras: Sendable {
        let properties: Properties?
        let scalar: YAMLScalar?
        /// Whether the value is the node's text as a string (then ``scalar`` is `nil`).
        let valueIsText: Bool
        let childStart: Int32
        let childCount: Int32

        init(properties: Properties?, scalar: YAMLScalar?, valueIsText: Bool, childStart: Int32, childCount: Int32) {
            self.properties = properties
            self.scalar = scalar
            self.valueIsText = valueIsText
            self.childStart = childStart
            self.childCount = childCount
        }
    }

    /// Whether this is a scalar that cloud-init loads as a string.
    public var isString: Bool {
        // Asked of every node on a large input: answered without making the string.
        switch storedValue {
        case .text: return true
        case .boxed(let box): if case .string = box.scalar { return true }
        case .extras(let extras):
            if extras.valueIsText { return true }
            if case .string? = extras.scalar { return true }
        default: break
        }
        return false
    }
}

/// A source location in 12 bytes, as nodes store it.
struct PackedLocation: Sendable, Hashable {
    let line: Int32
    let column: Int32
    let offset: Int32

    init(_ location: SourceLocation) {
        line = Int32(truncatingIfNeeded: location.line)
        column = Int32(truncatingIfNeeded: location.column)
        offset = Int32(truncatingIfNeeded: location.offset)
    }

    var location: SourceLocation {
        SourceLocation(line: Int(line), column: Int(column), offset: Int(offset))
    }
}
