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
    package func matches(_ pattern: String) -> [PathMatch] { matches(PathPattern(pattern)) }

    /// The values at a key-path pattern split beforehand; see the `String` form.
    ///
    /// - Parameter pattern: The pattern, usually a rule's `static let`.
    /// - Returns: The matches in document order; empty when the document could not be read.
    package func matches(_ pattern: PathPattern) -> [PathMatch] {
        var matches: [PathMatch] = []
        forEachMatch(pattern) { matches.append($0) }
        return matches
    }

    /// Calls `body` with each value at a key-path pattern, in document order, as ``matches(_:)``
    /// lists them, without keeping them: a rule that only goes through the matches holds one at
    /// a time (with its path), not an array of every match of a large document.
    ///
    /// - Parameters:
    ///   - pattern: The pattern, usually a rule's `static let`.
    ///   - body: Called with each match; not called when the document could not be read.
    package func forEachMatch(_ pattern: PathPattern, _ body: (PathMatch) -> Void) {
        guard let document, let root else { return }
        let components = pattern.components
        // The levels above the last two are listed, level by level (they are a few keys deep in
        // the rules' patterns); the last two are walked without listing them, one match at a
        // time. A loop, not a recursion: a recursive walk copied what the closures capture at
        // every level of every match.
        let split = max(0, components.count - 2)
        // The root's keys are looked up in its index, when the first component is a key.
        var rootEntries: [RootKeys.Key]?
        if case .key = components.first { rootEntries = rootKeys?.keys }
        var current = [PathMatch(node: root, key: nil, path: .root)]
        for (level, component) in components[..<split].enumerated() {
            var next: [PathMatch] = []
            for match in current {
                Self.expand(match, component, in: document, keys: level == 0 ? rootEntries : nil) { next.append($0) }
            }
            current = next
        }
        let keys = split == 0 ? rootEntries : nil
        for match in current {
            switch components.count - split {
            case 2:
                Self.expand(match, components[split], in: document, keys: keys) { middle in
                    Self.expand(middle, components[split + 1], in: document, body)
                }
            case 1:
                Self.expand(match, components[split], in: document, keys: keys, body)
            default:
                body(match)
            }
        }
    }

    /// Calls `each` with the matches one pattern component below a match, in order.
    ///
    /// - Parameter keys: The keys of the match's mapping (``RootKeys``), for the root.
    private static func expand(
        _ match: PathMatch, _ component: PathPattern.Component, in document: YAMLDocument,
        keys: [RootKeys.Key]? = nil, _ each: (PathMatch) -> Void
    ) {
        if let keys, case .key(let key) = component {
            RootKeys.forEachEntry(named: key, in: keys, of: document) { entry in
                each(PathMatch(node: entry.value, key: entry.key, path: match.path.appending(key: key)))
                return true
            }
            return
        }
        let node = document.resolved(match.node)
        switch (document.nodes[node.index].kind, component) {
        case (.sequence, .wildcard):
            for (index, item) in document.items(of: node).enumerated() {
                each(PathMatch(node: item, key: nil, path: match.path.appending(index: index)))
            }
        case (.mapping, .wildcard):
            document.forEachEntry(of: node) { entry in
                guard let name = document.keyString(entry.key) else { return }
                each(PathMatch(node: entry.value, key: entry.key, path: match.path.appending(key: name)))
            }
        case (.mapping, .key(let key)):
            // Keys are compared byte by byte: two strings have the same UTF-8 exactly when
            // they have the same Unicode scalars, as Python compares keys.
            document.forEachEntry(of: node) { entry in
                guard document.isStringKey(entry.key, equalTo: key) else { return }
                each(PathMatch(node: entry.value, key: entry.key, path: match.path.appending(key: key)))
            }
        default:
            break
        }
    }

    /// The non-`nil` results of `transform` on each value at a key-path pattern, in document
    /// order: the matches are visited (``forEachMatch(_:_:)``), only the results are kept.
    ///
    /// - Parameters:
    ///   - pattern: The pattern, usually a rule's `static let`.
    ///   - transform: Called with each match.
    /// - Returns: The results that are not `nil`, in document order.
    package func compactMapMatches<Result>(_ pattern: PathPattern, _ transform: (PathMatch) -> Result?) -> [Result] {
        var results: [Result] = []
        forEachMatch(pattern) { match in
            if let result = transform(match) { results.append(result) }
        }
        return results
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
        entry(key, in: node)?.value
    }

    /// The entry of a string key in a mapping node, as cloud-init sees it: the last entry whose
    /// key has the bytes of `key`.
    func entry(_ key: String, in node: YAMLNodeID) -> YAMLPair? {
        guard let document else { return nil }
        // As `YAMLDocument.value(forKey:in:)`, without building an array of the pairs or a
        // scalar for each key: the last entry with the key's bytes wins.
        let mapping = document.resolved(node)
        // The node's fields are read in place: copying the node would retain its text.
        guard document.nodes[mapping.index].kind == .mapping else { return nil }
        // The root's keys are looked up in its index (built by the first lookup).
        if let root, document.resolved(root) == mapping, let keys = rootKeys?.keys {
            var found: YAMLPair?
            RootKeys.forEachEntry(named: key, in: keys, of: document, reversed: true) { entry in
                found = entry
                return false
            }
            return found
        }
        if let entries = document.effectiveEntries[mapping.index] {
            for entry in entries.reversed() where document.isStringKey(entry.key, equalTo: key) {
                return entry
            }
            return nil
        }
        let start = Int(document.nodes[mapping.index].childStart)
        let count = Int(document.nodes[mapping.index].childCount)
        for index in stride(from: start + count - 2, through: start, by: -2)
        where document.isStringKey(document.children[index], equalTo: key) {
            return YAMLPair(key: document.children[index], value: document.children[index + 1])
        }
        return nil
    }

    /// The items of a list node, as written.
    package func items(_ node: YAMLNodeID) -> [YAMLNodeID] {
        guard let document else { return [] }
        return Array(document.items(of: node))
    }

    /// For each node of the document, whether it is written as a mapping key; computed once per
    /// input for the rules that look at values only.
    package var keyNodeMask: [Bool] {
        cache.value(
            { $0.keyNodeMask }, { $0.keyNodeMask = $1 },
            make: {
                guard let document else { return [] }
                var isKey = [Bool](repeating: false, count: document.nodes.count)
                // A mapping's children are its keys and values in turn; read in place, without
                // building each mapping's pairs.
                for node in document.nodes where node.kind == .mapping {
                    let start = Int(node.childStart)
                    for child in stride(from: start, to: start + Int(node.childCount), by: 2) {
                        isKey[document.children[child].index] = true
                    }
                }
                return isKey
            })
    }
}

extension YAMLDocument {
    /// Calls `body` with each entry of a mapping (through an alias) as ``entries(of:)`` gives
    /// them, in order, without building an array of the pairs when the mapping has no merge keys
    /// or duplicates.
    func forEachEntry(of id: YAMLNodeID, _ body: (YAMLPair) -> Void) {
        let mapping = resolved(id)
        if let entries = effectiveEntries[mapping.index] {
            for entry in entries { body(entry) }
            return
        }
        guard nodes[mapping.index].kind == .mapping else { return }
        let start = Int(nodes[mapping.index].childStart)
        let count = Int(nodes[mapping.index].childCount)
        for index in stride(from: start, to: start + count, by: 2) {
            body(YAMLPair(key: children[index], value: children[index + 1]))
        }
    }

    /// The string a node (through an alias) is, as cloud-init's loader constructs it: a key, or a
    /// value the validator checks; `nil` for other scalars and collections. A plain string is
    /// read from its text without building its scalar.
    func keyString(_ key: YAMLNodeID) -> String? {
        let index = resolved(key).index
        if nodes[index].valueIsText { return nodes[index].text }
        if case .string(let name) = nodes[index].value { return name }
        return nil
    }
}
