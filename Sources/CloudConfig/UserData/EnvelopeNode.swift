/// One node of the tree a user-data file opens into: decoding layers, MIME containers, parts,
/// archives and includes, in the order cloud-init meets them.
public struct EnvelopeNode: Sendable {
    /// What the node is.
    public enum Kind: Sendable, Hashable {
        /// The file as given.
        case file
        /// Base64 decoded by the platform (Azure custom data); one child.
        case base64
        /// gzip decompressed by cloud-init; one child.
        case gzip
        /// A `multipart/*` container, with its content type; children are its parts.
        case multipart(String)
        /// A part cloud-init's handlers receive: the index in ``UserDataEnvelope/parts``. A
        /// `message/*` part also has the message inside it as a child.
        case part(Int)
        /// A `#include` or `#include-once` part: its URLs are in ``UserDataEnvelope/includes``.
        case include
        /// A `#cloud-config-archive` part; children are its items.
        case archive
        /// Something cloud-init reads but does not pass on, such as a `multipart/*` body without
        /// a usable boundary or an archive that is not a list.
        case ignored
    }

    /// What the node is.
    public var kind: Kind
    /// Where it is.
    public var path: EnvelopePath
    /// The nodes inside it.
    public var children: [EnvelopeNode]

    /// Creates a node.
    ///
    /// - Parameters:
    ///   - kind: What it is.
    ///   - path: Where it is.
    ///   - children: The nodes inside it.
    public init(kind: Kind, path: EnvelopePath, children: [EnvelopeNode] = []) {
        self.kind = kind
        self.path = path
        self.children = children
    }
}
