/// A path from the document root to a value, printed as cloud-init prints it:
/// `write_files.0.permissions`.
public struct KeyPath: Sendable, Hashable, CustomStringConvertible {
    /// One step: a mapping key (as Python's `str()` writes it) or a list index.
    public enum Component: Sendable, Hashable {
        /// A mapping key.
        case key(String)
        /// A list index.
        case index(Int)
    }

    /// The steps from the root.
    public var components: [Component]

    /// The root.
    public static let root = KeyPath(components: [])

    /// Creates a path.
    ///
    /// - Parameter components: The steps from the root.
    public init(components: [Component]) { self.components = components }

    /// The path one step further down.
    public func appending(_ component: Component) -> KeyPath {
        KeyPath(components: components + [component])
    }

    /// The path one key further down.
    public func appending(key: String) -> KeyPath { appending(.key(key)) }

    /// The path one index further down.
    public func appending(index: Int) -> KeyPath { appending(.index(index)) }

    /// The dotted form; the root is the empty string.
    public var description: String {
        components.map {
            switch $0 {
            case .key(let key): key
            case .index(let index): String(index)
            }
        }.joined(separator: ".")
    }

    /// Whether this path equals another or lies below it.
    ///
    /// - Parameter ancestor: A path.
    /// - Returns: `true` when `ancestor` is a prefix of this path.
    public func isWithin(_ ancestor: KeyPath) -> Bool {
        components.starts(with: ancestor.components)
    }
}
