import Synchronization

/// The key path of every node written in a document, for reporting findings the way
/// cloud-init prints paths. Built once per document, iteratively, when the first path is asked
/// for; aliases are not followed.
///
/// Only the links are recorded (each node's enclosing collection and its step there: an index,
/// or the key node); a path is spelt out when a finding asks for it, so that a document without
/// findings records no link, and builds no path and no key text at all.
package struct DocumentPaths: Sendable {
    private let document: YAMLDocument
    /// The links, recorded when a path is first asked for: most documents have no finding with
    /// a path, and then none are recorded.
    private let links: LazyLinks

    /// For each node by its index: the collection it is written in, ``rootLink`` for the root,
    /// or ``noLink`` for nodes only reached through aliases or merge keys; and its step there:
    /// its index in a sequence, or the index of its key node in a mapping.
    private struct Links: Sendable {
        var parents: [Int32]
        var steps: [Int32]
    }

    /// The links of one document, built once by the first lookup (from any thread).
    private final class LazyLinks: Sendable {
        let storage = Mutex<Links?>(nil)

        func links(of document: YAMLDocument) -> Links {
            storage.withLock { links in
                if let links { return links }
                let built = DocumentPaths.links(of: document)
                links = built
                return built
            }
        }
    }

    private static let rootLink: Int32 = -1
    private static let noLink: Int32 = -2

    /// Indexes a document (when a path is first asked for).
    ///
    /// - Parameter document: The document.
    package init(_ document: YAMLDocument) {
        self.document = document
        links = LazyLinks()
    }

    /// Records each node's enclosing collection and step, iteratively.
    private static func links(of document: YAMLDocument) -> Links {
        var parents = [Int32](repeating: Self.noLink, count: document.nodes.count)
        var steps = [Int32](repeating: 0, count: document.nodes.count)
        guard let root = document.root else { return Links(parents: parents, steps: steps) }
        parents[root.index] = Self.rootLink
        var stack: [YAMLNodeID] = [root]
        while let node = stack.popLast() {
            let parent = Int32(truncatingIfNeeded: node.index)
            switch document[node].kind {
            case .sequence:
                for (index, item) in document.items(of: node).enumerated() {
                    parents[item.index] = parent
                    steps[item.index] = Int32(truncatingIfNeeded: index)
                    stack.append(item)
                }
            case .mapping:
                for pair in document.pairs(of: node) {
                    let key = Int32(truncatingIfNeeded: pair.key.index)
                    parents[pair.key.index] = parent
                    steps[pair.key.index] = key
                    parents[pair.value.index] = parent
                    steps[pair.value.index] = key
                    stack.append(pair.value)
                }
            case .scalar, .alias:
                break
            }
        }
        return Links(parents: parents, steps: steps)
    }

    /// The path of a node written in the document, or `nil` for nodes only reached through
    /// aliases or merge keys.
    package subscript(node: YAMLNodeID) -> KeyPath? {
        let links = links.links(of: document)
        let parents = links.parents
        let steps = links.steps
        guard parents.indices.contains(node.index), parents[node.index] != Self.noLink else { return nil }
        var components: [KeyPath.Component] = []
        var current = node.index
        while parents[current] >= 0 {
            let parent = Int(parents[current])
            if document[YAMLNodeID(parent)].kind == .sequence {
                components.append(.index(Int(steps[current])))
            } else {
                let key = document[document.resolved(YAMLNodeID(Int(steps[current])))]
                components.append(.key(key.value?.pythonStr ?? key.text))
            }
            current = parent
        }
        components.reverse()
        return KeyPath(components: components)
    }
}
