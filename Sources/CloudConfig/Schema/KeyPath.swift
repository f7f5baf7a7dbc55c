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

    /// The last step and the path before it; `nil` at the root. A path one step further down
    /// shares this one's steps instead of copying them, so that the validator can extend the path
    /// at every node cheaply and only the paths of findings are ever spelt out.
    private let last: Step?

    /// One step of a path, linked to the steps before it.
    private final class Step: Sendable {
        let parent: Step?
        let component: Component
        /// The number of steps up to and including this one.
        let depth: Int

        init(parent: Step?, component: Component) {
            self.parent = parent
            self.component = component
            self.depth = (parent?.depth ?? 0) + 1
        }
    }

    /// The steps from the root.
    package var components: [Component] {
        var components: [Component] = []
        components.reserveCapacity(last?.depth ?? 0)
        var step = last
        while let current = step {
            components.append(current.component)
            step = current.parent
        }
        components.reverse()
        return components
    }

    /// The root.
    package static let root = KeyPath(last: nil)

    private init(last: Step?) { self.last = last }

    /// Creates a path.
    ///
    /// - Parameter components: The steps from the root.
    package init(components: [Component]) {
        var last: Step?
        for component in components { last = Step(parent: last, component: component) }
        self.last = last
    }

    /// The path one step further down.
    package func appending(_ component: Component) -> KeyPath {
        KeyPath(last: Step(parent: last, component: component))
    }

    /// The path one key further down.
    package func appending(key: String) -> KeyPath { appending(.key(key)) }

    /// The path one index further down.
    package func appending(index: Int) -> KeyPath { appending(.index(index)) }

    /// Whether two paths have the same steps.
    package static func == (lhs: KeyPath, rhs: KeyPath) -> Bool {
        var left = lhs.last
        var right = rhs.last
        guard left?.depth == right?.depth else { return false }
        while let leftStep = left, let rightStep = right {
            if leftStep === rightStep { return true }
            if leftStep.component != rightStep.component { return false }
            left = leftStep.parent
            right = rightStep.parent
        }
        return true
    }

    /// Hashes the steps.
    package func hash(into hasher: inout Hasher) {
        hasher.combine(last?.depth ?? 0)
        var step = last
        while let current = step {
            hasher.combine(current.component)
            step = current.parent
        }
    }

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
        let depth = ancestor.last?.depth ?? 0
        var step = last
        while let current = step, current.depth > depth { step = current.parent }
        return (step?.depth ?? 0) == depth && KeyPath(last: step) == ancestor
    }
}
