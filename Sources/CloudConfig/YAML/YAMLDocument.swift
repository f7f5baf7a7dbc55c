/// A key and its value in a mapping.
public struct YAMLPair: Sendable, Hashable {
    /// The key node.
    public let key: YAMLNodeID
    /// The value node.
    public let value: YAMLNodeID
}

/// A key written twice in one mapping. PyYAML keeps the later value silently.
public struct YAMLDuplicateKey: Sendable, Hashable {
    /// The mapping.
    public let mapping: YAMLNodeID
    /// The earlier key, whose value is lost.
    public let first: YAMLNodeID
    /// The later key, whose value wins.
    public let duplicate: YAMLNodeID
}

/// One YAML document: its nodes as written, with the facts cloud-init's loader derives.
///
/// Aliases stay aliases (``target(of:)``) and duplicate keys stay in ``pairs(of:)``, so nothing
/// written is lost; ``entries(of:)`` gives a mapping as cloud-init sees it, with merge keys
/// applied and later duplicates winning.
public struct YAMLDocument: Sendable {
    /// Every node, in the order its first event arrived.
    public let nodes: [YAMLNode]
    let children: [YAMLNodeID]
    /// The root node; `nil` only for a document cut short by an error.
    public let root: YAMLNodeID?
    /// From the document's first event to its last.
    public let range: SourceRange
    /// Whether the document starts with `---`.
    public let hasExplicitStart: Bool
    /// Keys written twice in one mapping, in source order.
    public let duplicateKeys: [YAMLDuplicateKey]
    let effectiveEntries: [Int: [YAMLPair]]
    let mergeKeys: [Int: [YAMLNodeID]]

    /// The node with an identity.
    public subscript(id: YAMLNodeID) -> YAMLNode { nodes[id.index] }

    /// The anchored node an alias refers to; `nil` for other nodes and for an alias that is
    /// undefined or refers to a collection containing it (both are errors in the stream).
    public func target(of id: YAMLNodeID) -> YAMLNodeID? {
        let node = nodes[id.index]
        guard node.kind == .alias, node.childCount == 1 else { return nil }
        return YAMLNodeID(node.childStart)
    }

    /// The node itself, or for an alias the node it refers to.
    ///
    /// - Parameter id: Any node.
    /// - Returns: A node that is not an alias, unless the alias has no target.
    public func resolved(_ id: YAMLNodeID) -> YAMLNodeID {
        target(of: id) ?? id
    }

    /// The items of a sequence (through an alias), as written; empty for other nodes.
    public func items(of id: YAMLNodeID) -> ArraySlice<YAMLNodeID> {
        let node = nodes[resolved(id).index]
        guard node.kind == .sequence else { return [] }
        let start = Int(node.childStart)
        return children[start..<(start + Int(node.childCount))]
    }

    /// The pairs of a mapping (through an alias) exactly as written, duplicates and merge keys
    /// included; empty for other nodes.
    public func pairs(of id: YAMLNodeID) -> [YAMLPair] {
        let node = nodes[resolved(id).index]
        guard node.kind == .mapping else { return [] }
        let start = Int(node.childStart)
        return stride(from: start, to: start + Int(node.childCount), by: 2).map {
            YAMLPair(key: children[$0], value: children[$0 + 1])
        }
    }

    /// The entries of a mapping (through an alias) as cloud-init's loader sees them: merge keys
    /// (`<<`) expanded, explicit keys overriding merged ones, and for a key written twice the later
    /// value in the earlier position, as a Python `dict` keeps it.
    public func entries(of id: YAMLNodeID) -> [YAMLPair] {
        let mapping = resolved(id)
        if let entries = effectiveEntries[mapping.index] { return entries }
        return pairs(of: mapping)
    }

    /// The `<<` key nodes of a mapping, in source order.
    public func mergeKeys(of id: YAMLNodeID) -> [YAMLNodeID] {
        mergeKeys[resolved(id).index] ?? []
    }

    /// The value for a string key in a mapping as cloud-init sees it.
    ///
    /// - Parameters:
    ///   - key: The key.
    ///   - mapping: A mapping node.
    /// - Returns: The value node, or `nil` when the key is absent.
    public func value(forKey key: String, in mapping: YAMLNodeID) -> YAMLNodeID? {
        for entry in entries(of: mapping).reversed() where isStringKey(entry.key, equalTo: key) {
            return entry.value
        }
        return nil
    }

    /// Whether a node (through an alias) is the string `key` as cloud-init's loader constructs
    /// it. A scalar whose value is its text is compared on its bytes, without making a string.
    func isStringKey(_ id: YAMLNodeID, equalTo key: String) -> Bool {
        let index = resolved(id).index
        if nodes[index].valueIsText { return nodes[index].hasText(key) }
        if case .string(let text) = nodes[index].value { return text.utf8.elementsEqual(key.utf8) }
        return false
    }
}
