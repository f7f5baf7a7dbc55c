/// A dotted key-path pattern such as `write_files.*.permissions`, split into its components once
/// (a rule keeps its patterns in `static let`s) rather than on every lint.
package struct PathPattern: Sendable, ExpressibleByStringLiteral {
    /// One component: a key, or `*` for every item of a list or every value of a mapping.
    enum Component: Sendable {
        /// Every item or value.
        case wildcard
        /// The value of a string key, compared byte for byte.
        case key(String)
    }

    /// The components, from the root.
    let components: [Component]

    /// Splits a pattern at its dots; empty components are dropped.
    ///
    /// - Parameter pattern: For example `write_files.*.permissions` or `users.*`.
    package init(_ pattern: String) {
        components = pattern.split(separator: ".").map { $0 == "*" ? .wildcard : .key(String($0)) }
    }

    /// Splits a literal pattern at its dots.
    ///
    /// - Parameter value: The pattern.
    package init(stringLiteral value: String) { self.init(value) }
}
