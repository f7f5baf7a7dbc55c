/// The key path of every node written in a document, for reporting findings the way
/// cloud-init prints paths. Built once per document, iteratively; aliases are not followed.
package struct DocumentPaths: Sendable {
    /// The path of each node by its index; an array rather than a dictionary, as nearly every
    /// node has a path and hashing them cost a sixth of the linter's own time.
    private var paths: [KeyPath?]

    /// Indexes a document.
    ///
    /// - Parameter document: The document.
    package init(_ document: YAMLDocument) {
        paths = [KeyPath?](repeating: nil, count: document.nodes.count)
        guard let root = document.root else { return }
        var stack: [(YAMLNodeID, KeyPath)] = [(root, .root)]
        paths[root.index] = .root
        while let (node, path) = stack.popLast() {
            switch document[node].kind {
            case .sequence:
                for (index, item) in document.items(of: node).enumerated() {
                    let itemPath = path.appending(index: index)
                    paths[item.index] = itemPath
                    stack.append((item, itemPath))
                }
            case .mapping:
                for pair in document.pairs(of: node) {
                    let key = document[document.resolved(pair.key)]
                    let name = key.value?.pythonStr ?? key.text
                    let childPath = path.appending(key: name)
                    paths[pair.key.index] = childPath
                    paths[pair.value.index] = childPath
                    stack.append((pair.value, childPath))
                }
            case .scalar, .alias:
                break
            }
        }
    }

    /// The path of a node written in the document, or `nil` for nodes only reached through
    /// aliases or merge keys.
    package subscript(node: YAMLNodeID) -> KeyPath? {
        paths.indices.contains(node.index) ? paths[node.index] : nil
    }
}
