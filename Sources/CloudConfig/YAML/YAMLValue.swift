/// A value as cloud-init's loader (PyYAML's `safe_load`) constructs it.
public indirect enum YAMLValue: Sendable {
    /// A scalar: `None`, a boolean, a number, a string, bytes or a date.
    case scalar(YAMLScalar)
    /// A list.
    case sequence([YAMLValue])
    /// A `dict`, in insertion order, keys unique as Python compares them.
    case mapping([Entry])
    /// A `set` from `!!set`, in source order.
    case set([YAMLValue])
    /// A list of two-item tuples from `!!omap` or `!!pairs`.
    case pairs([Entry])

    /// A key and its value.
    public struct Entry: Sendable {
        /// The key.
        public var key: YAMLValue
        /// The value.
        public var value: YAMLValue

        /// Creates an entry.
        ///
        /// - Parameters:
        ///   - key: The key.
        ///   - value: The value.
        public init(key: YAMLValue, value: YAMLValue) {
            self.key = key
            self.value = value
        }
    }

    /// The value as a string, if it is one.
    public var string: String? {
        if case .scalar(.string(let text)) = self { return text }
        return nil
    }
}

extension YAMLDocument {
    /// The value cloud-init's loader constructs for a node.
    ///
    /// Aliases become copies that share storage, so the memory used does not grow with the
    /// expansion; the stream's alias budget bounds the work of walking the result. The walk uses
    /// an explicit stack, so no nesting depth can overflow the call stack.
    ///
    /// - Parameter id: A node, usually ``root``.
    /// - Returns: The constructed value; an undefined alias or a scalar that cannot be
    ///   constructed (each reported in the stream) is `None`.
    public func value(of id: YAMLNodeID) -> YAMLValue {
        let root = resolved(id).index
        var cache: [Int: YAMLValue] = [:]
        // Post-order: a collection is built once the values of all its children are cached.
        var stack: [(index: Int, childrenReady: Bool)] = [(root, false)]
        while let (index, childrenReady) = stack.popLast() {
            guard cache[index] == nil else { continue }
            let node = nodes[index]
            if node.kind == .scalar || node.kind == .alias || node.value != nil {
                // A mapping with a value is one PyYAML reads as a scalar (`!!str {=: x}`).
                cache[index] = .scalar(node.value ?? .null)
                continue
            }
            if !childrenReady {
                stack.append((index, true))
                for child in constructedChildren(of: YAMLNodeID(index)).reversed() {
                    let target = resolved(child).index
                    if cache[target] == nil { stack.append((target, false)) }
                }
                continue
            }
            func value(_ child: YAMLNodeID) -> YAMLValue { cache[resolved(child).index] ?? .scalar(.null) }
            let target = YAMLNodeID(index)
            switch node.kind {
            case .sequence where node.tag == .omap || node.tag == .pairs:
                cache[index] = .pairs(
                    items(of: target).compactMap { item in
                        pairs(of: item).first.map { YAMLValue.Entry(key: value($0.key), value: value($0.value)) }
                    })
            case .sequence:
                cache[index] = .sequence(items(of: target).map(value))
            case .mapping where node.tag == .set:
                cache[index] = .set(entries(of: target).map { value($0.key) })
            default:
                cache[index] = .mapping(
                    entries(of: target).map { YAMLValue.Entry(key: value($0.key), value: value($0.value)) })
            }
        }
        return cache[root] ?? .scalar(.null)
    }

    /// The nodes whose values make up a collection's value, in order.
    private func constructedChildren(of id: YAMLNodeID) -> [YAMLNodeID] {
        let node = self[id]
        switch node.kind {
        case .sequence where node.tag == .omap || node.tag == .pairs:
            return items(of: id).flatMap { item in pairs(of: item).first.map { [$0.key, $0.value] } ?? [] }
        case .sequence:
            return Array(items(of: id))
        case .mapping:
            return entries(of: id).flatMap { [$0.key, $0.value] }
        default:
            return []
        }
    }
}
