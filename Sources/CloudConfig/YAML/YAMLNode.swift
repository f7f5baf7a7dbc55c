/// The identity of a node within its document.
public struct YAMLNodeID: Sendable, Hashable, Comparable {
    /// The node's index in its document.
    public let index: Int

    init(_ index: Int) { self.index = index }
    init(_ index: Int32) { self.index = Int(index) }

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

    /// What kind of node this is.
    public let kind: Kind
    /// Where the node is written; for an alias, the `*name` itself.
    public var range: SourceRange { SourceRange(start: start.location, end: end.location) }
    /// The scalar's value (after quoting and folding), or the name an alias refers to.
    public let text: String
    /// How a scalar is written; `.plain` for other kinds.
    public let scalarStyle: YAMLScalarStyle
    /// How a collection is written; `.block` for other kinds.
    public let collectionStyle: YAMLCollectionStyle
    /// The tag cloud-init's loader gives the node, explicit or resolved.
    public let tag: YAMLTag
    /// The scalar as cloud-init's loader constructs it; `nil` for collections, aliases, and
    /// scalars the loader cannot construct (each of those has an error in the stream).
    public internal(set) var value: YAMLScalar?
    /// The explicit tag as written, expanded (`!!str` gives `tag:yaml.org,2002:str`), if any.
    public var explicitTag: String? { properties?.explicitTag }
    /// The anchor (`&name`), if any.
    public var anchor: String? { properties?.anchor }

    let start: PackedLocation
    let end: PackedLocation
    let properties: Properties?
    let childStart: Int32
    let childCount: Int32

    /// The rarely present tag and anchor, kept out of line so that nodes stay small.
    final class Properties: Sendable {
        let explicitTag: String?
        let anchor: String?

        init(explicitTag: String?, anchor: String?) {
            self.explicitTag = explicitTag
            self.anchor = anchor
        }
    }

    /// Whether this is a scalar that cloud-init loads as a string.
    public var isString: Bool {
        if case .string = value { return true }
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
