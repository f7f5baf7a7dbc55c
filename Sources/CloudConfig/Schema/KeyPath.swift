/// A path from the document root to a value, printed as cloud-init prints it:
/// `write_files.0.permissions`.
package struct KeyPath: Sendable, Hashable, CustomStringConvertible {
    /// One step: a mapping key (as Python's `str()` writes it) or a list index.
    package enum Component: Sendable, Hashable {
        /// A mapping key.
        case key(String)
        /// A list index.
        case index(Int)
    }

    /// The steps from the root.
    package var components: [Component]

    /// The root.
    package static let root = KeyPath(components: [])

    /// Creates a path.
    ///
    /// - Parameter components: The steps from the root.
    package init(components: [Component]) { self.components = components }

    /// The path one step further down.
    package func appending(_ component: Component) -> KeyPath {
        KeyPath(components: components + [component])
    }

    /// The path one key further down.
    package func appending(key: String) -> KeyPath { appending(.key(key)) }

    /// The path one index further down.
    package func appending(index: Int) -> KeyPath { appending(.index(index)) }

    /// The dotted form; the root is the empty string.
    package var description: String {
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
    package func isWithin(_ ancestor: KeyPath) -> Bool {
        components.starts(with: ancestor.components)
    }
}
