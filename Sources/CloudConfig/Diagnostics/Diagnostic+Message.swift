extension Diagnostic {
    /// What a finding says: lower-case, without a final period, naming what was expected.
    ///
    /// Each rule declares its messages as static factories next to the rule, so that the words
    /// of a finding live with the code that finds it:
    ///
    /// ```swift
    /// extension Diagnostic.Message {
    ///     fileprivate static func duplicateKey(_ name: String) -> Self {
    ///         "'\(name)' appears twice in this mapping"
    ///     }
    /// }
    /// ```
    package struct Message: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
        /// The text.
        package let text: String

        /// Creates a message from text.
        ///
        /// - Parameter text: The text.
        package init(_ text: String) { self.text = text }

        /// Creates a message from a literal.
        ///
        /// - Parameter value: The text.
        package init(stringLiteral value: String) { text = value }

        /// Creates a message from an interpolated literal.
        ///
        /// - Parameter stringInterpolation: The text.
        package init(stringInterpolation: DefaultStringInterpolation) {
            text = String(stringInterpolation: stringInterpolation)
        }

        /// The text.
        package var description: String { text }
    }
}
