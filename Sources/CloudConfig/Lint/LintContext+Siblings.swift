extension LintContext {
    /// Another key with a name in the mapping where a key is written, as cloud-init sees that
    /// mapping (merge keys applied); renaming the key to that name would make a duplicate key.
    ///
    /// - Parameters:
    ///   - name: The name looked for.
    ///   - key: A key node.
    /// - Returns: The other key node, or `nil` when the mapping has no other key with the name.
    public func siblingKey(named name: String, besides key: YAMLNodeID) -> YAMLNodeID? {
        guard let document else { return nil }
        for (index, node) in document.nodes.enumerated() where node.kind == .mapping {
            let mapping = YAMLNodeID(index)
            let written = document.pairs(of: mapping)
            guard written.contains(where: { $0.key == key }) else { continue }
            let sibling = (written + document.entries(of: mapping)).first { pair in
                pair.key != key && document[document.resolved(pair.key)].value?.string == name
            }
            return sibling?.key
        }
        return nil
    }
}
