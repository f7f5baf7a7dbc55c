/// A node reached by a key-path pattern.
package struct PathMatch: Sendable {
    /// The value node.
    package let node: YAMLNodeID
    /// The key node, when the value was reached through a mapping key.
    package let key: YAMLNodeID?
    /// The path as cloud-init prints it.
    package let path: KeyPath
}

extension LintContext {
    /// The values at a dotted path pattern, as cloud-init sees the data (aliases followed, merge
    /// keys applied). A component is a key, or `*` for every item of a list or every value of a
    /// mapping.
    ///
    /// - Parameter pattern: For example `write_files.*.permissions` or `users.*`.
    /// - Returns: The matches in document order; empty when the document could not be read.
    package func matches(_ pattern: String) -> [PathMatch] {
        guard let document, let root else { return [] }
        var current = [PathMatch(node: root, key: nil, path: .root)]
        for component in pattern.split(separator: ".") {
            // Compared once per component, and keys byte by byte: two strings have the same UTF-8
            // exactly when they have the same Unicode scalars, as Python compares keys.
            let isWildcard = component == "*"
            var next: [PathMatch] = []
            for match in current {
                let node = document.resolved(match.node)
                switch document[node].kind {
                case .sequence where isWildcard:
                    for (index, item) in document.items(of: node).enumerated() {
                        next.append(PathMatch(node: item, key: nil, path: match.path.appending(index: index)))
                    }
                case .mapping:
                    for entry in document.entries(of: node) {
                        guard case .string(let name) = document[document.resolved(entry.key)].value else { continue }
                        if isWildcard || name.utf8.elementsEqual(component.utf8) {
                            next.append(
                                PathMatch(node: entry.value, key: entry.key, path: match.path.appending(key: name)))
                        }
                    }
                default:
                    break
                }
            }
            current = next
        }
        return current
    }

    /// The node an alias refers to, or the node itself.
    package func resolved(_ node: YAMLNodeID) -> YAMLNodeID { document?.resolved(node) ?? node }

    /// The node as written.
    package func node(_ id: YAMLNodeID) -> YAMLNode? { document.map { $0[id] } }

    /// Where a node is written.
    package func range(_ node: YAMLNodeID) -> SourceRange {
        document?[node].range ?? SourceRange(at: SourceLocation(line: 1, column: 1, offset: 0))
    }

    /// The scalar value of a node (through an alias).
    package func scalar(_ node: YAMLNodeID) -> YAMLScalar? {
        guard let document else { return nil }
        return document[document.resolved(node)].value
    }

    /// The string value of a node, if it is a string.
    package func string(_ node: YAMLNodeID) -> String? { scalar(node)?.string }

    /// The value of a string key in a mapping node, as cloud-init sees it.
    package func value(_ key: String, in node: YAMLNodeID) -> YAMLNodeID? {
        document?.value(forKey: key, in: document?.resolved(node) ?? node)
    }

    /// The items of a list node, as written.
    package func items(_ node: YAMLNodeID) -> [YAMLNodeID] {
        guard let document else { return [] }
        return Array(document.items(of: node))
    }

    /// For each node of the document, whether it is written as a mapping key; computed once per
    /// input for the rules that look at values only.
    package var keyNodeMask: [Bool] {
        cache.value("keyNodeMask") {
            guard let document else { return [] }
            var isKey = [Bool](repeating: false, count: document.nodes.count)
            for (index, node) in document.nodes.enumerated() where node.kind == .mapping {
                for pair in document.pairs(of: YAMLNodeID(index)) { isKey[pair.key.index] = true }
            }
            return isKey
        }
    }
}
