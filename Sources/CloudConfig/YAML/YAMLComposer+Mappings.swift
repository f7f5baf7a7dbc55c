/// PyYAML's construction of mappings: merge keys (`<<`) flattened into the mapping, duplicate
/// keys (the later value wins), and keys Python cannot hash.
extension YAMLComposer {
    /// Applies merge keys, finds duplicate keys and unhashable keys, and records the entries
    /// PyYAML's `dict` would hold when they differ from the pairs as written.
    mutating func finishMapping(_ id: Int, range: SourceRange) throws {
        let start = Int(nodes[id].childStart)
        let count = Int(nodes[id].childCount) / 2
        guard count > 0 else { return }
        if !needsFullMappingCheck(id, start: start, count: count) { return }
        var merged: [YAMLPair] = []
        var explicit: [YAMLPair] = []
        explicit.reserveCapacity(count)
        var merges: [YAMLNodeID] = []
        for index in 0..<count {
            let pair = YAMLPair(key: children[start + 2 * index], value: children[start + 2 * index + 1])
            let key = nodes[resolve(pair.key.index)]
            if key.kind == .scalar, key.tag == .merge {
                merges.append(pair.key)
                merged.append(contentsOf: mergeSources(pair))
                continue
            }
            if key.kind == .sequence || key.kind == .mapping {
                deferred.append(
                    Deferred(
                        node: id, use: .flattened,
                        error: .unhashableKey(isSequence: key.kind == .sequence, at: nodes[pair.key.index].range)))
            }
            explicit.append(pair)
        }
        if !merges.isEmpty { mergeKeys[id] = merges }
        let all = merged + explicit
        var positions: [PythonKey: Int] = [:]
        positions.reserveCapacity(all.count)
        var result: [YAMLPair] = []
        result.reserveCapacity(all.count)
        var firstExplicit: [PythonKey: YAMLNodeID] = [:]
        var changed = !merges.isEmpty
        for (index, pair) in all.enumerated() {
            let key = pythonKey(pair.key.index)
            if let position = positions[key] {
                result[position] = YAMLPair(key: result[position].key, value: pair.value)
                changed = true
            } else {
                positions[key] = result.count
                result.append(pair)
            }
            if index >= merged.count {
                if let first = firstExplicit[key] {
                    duplicateKeys.append(YAMLDuplicateKey(mapping: YAMLNodeID(id), first: first, duplicate: pair.key))
                } else {
                    firstExplicit[key] = pair.key
                }
            }
        }
        if changed {
            try chargeMerge(merged.count, at: range)
            effectiveEntries[id] = result
        }
    }

    /// The common case, quickly: whether a mapping has a merge key, a key that is a collection,
    /// or two equal keys, any of which needs the full check.
    private func needsFullMappingCheck(_ id: Int, start: Int, count: Int) -> Bool {
        if let answer = stringKeysDiffer(start: start, count: count) { return !answer }
        var keys: [PythonKey] = []
        keys.reserveCapacity(count)
        for index in 0..<count {
            let key = resolve(children[start + 2 * index].index)
            guard nodes[key].kind == .scalar, nodes[key].tag != .merge else { return true }
            keys.append(pythonKey(key))
        }
        if count <= 8 {
            for first in 0..<count {
                for second in (first + 1)..<count where keys[first] == keys[second] { return true }
            }
            return false
        }
        var seen = Set<PythonKey>(minimumCapacity: count)
        for key in keys where !seen.insert(key).inserted { return true }
        return false
    }

    /// For a mapping whose keys are all strings written as such, whether the keys are all
    /// different; `nil` when some key is not a plain string. Keys are compared by a hash of
    /// their bytes, without making strings: equal hashes (equal keys, or a rare collision)
    /// answer `false`, and the full check then compares the keys themselves.
    private func stringKeysDiffer(start: Int, count: Int) -> Bool? {
        for index in 0..<count {
            let key = children[start + 2 * index].index
            guard nodes[key].kind == .scalar, nodes[key].valueIsText else { return nil }
        }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { hashes in
            for index in 0..<count {
                hashes[index] = nodes[children[start + 2 * index].index].withTextUTF8(Self.keyHash)
            }
            if count <= 16 {
                for first in 0..<count {
                    for second in (first + 1)..<count where hashes[first] == hashes[second] { return false }
                }
                return true
            }
            var sorted = hashes
            sorted.sort()
            for index in 1..<count where sorted[index - 1] == sorted[index] { return false }
            return true
        }
    }

    /// A 64-bit FNV-1a hash of a key's bytes, mixed with their count.
    private static func keyHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }

    /// The entries a `<<` key brings in, in PyYAML's order: for a list of mappings, later
    /// mappings first, so that earlier ones win.
    private mutating func mergeSources(_ pair: YAMLPair) -> [YAMLPair] {
        let value = resolve(pair.value.index)
        let valueNode = nodes[value]
        switch valueNode.kind {
        case .mapping:
            return entries(of: value)
        case .sequence:
            var sources: [[YAMLPair]] = []
            for offset in 0..<Int(valueNode.childCount) {
                let item = children[Int(valueNode.childStart) + offset]
                let mapping = resolve(item.index)
                guard nodes[mapping].kind == .mapping else {
                    errors.append(.mergeListItem(at: nodes[item.index].range))
                    continue
                }
                sources.append(entries(of: mapping))
            }
            return sources.reversed().flatMap { $0 }
        default:
            errors.append(.mergeValue(at: nodes[pair.value.index].range))
            return []
        }
    }

    private func entries(of mapping: Int) -> [YAMLPair] {
        if let entries = effectiveEntries[mapping] { return entries }
        let node = nodes[mapping]
        let start = Int(node.childStart)
        return stride(from: start, to: start + Int(node.childCount), by: 2).map {
            YAMLPair(key: children[$0], value: children[$0 + 1])
        }
    }

    private func pythonKey(_ index: Int) -> PythonKey {
        let resolved = resolve(index)
        guard let value = nodes[resolved].value else { return .identity(resolved) }
        return PythonKey(value, node: resolved, text: nodes[resolved].text)
    }
}

extension YAMLError {
    fileprivate static func unhashableKey(isSequence: Bool, at range: SourceRange) -> Self {
        YAMLError(
            .unhashableKey,
            "a \(isSequence ? "sequence" : "mapping") cannot be a mapping key; cloud-init's YAML loader refuses the "
                + "file", at: range)
    }

    fileprivate static func mergeListItem(at range: SourceRange) -> Self {
        YAMLError(
            .invalidMerge,
            "a merge key (<<) list may hold only mappings; cloud-init's YAML loader refuses the file", at: range)
    }

    fileprivate static func mergeValue(at range: SourceRange) -> Self {
        YAMLError(
            .invalidMerge,
            "a merge key (<<) needs a mapping or a list of mappings; cloud-init's YAML loader refuses the file",
            at: range)
    }
}
