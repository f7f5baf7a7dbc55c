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
    /// expansion; the stream's alias budget bounds the work of walking the result.
    ///
    /// - Parameter id: A node, usually ``root``.
    /// - Returns: The constructed value; an undefined alias or a scalar that cannot be
    ///   constructed (each reported in the stream) is `None`.
    public func value(of id: YAMLNodeID) -> YAMLValue {
        var cache: [Int: YAMLValue] = [:]
        return value(of: id, cache: &cache)
    }

    private func value(of id: YAMLNodeID, cache: inout [Int: YAMLValue]) -> YAMLValue {
        let target = resolved(id)
        if let cached = cache[target.index] { return cached }
        let node = self[target]
        let result: YAMLValue
        switch node.kind {
        case .scalar, .alias:
            result = .scalar(node.value ?? .null)
        case .sequence:
            switch node.tag {
            case .omap, .pairs:
                result = .pairs(
                    items(of: target).compactMap { item in
                        guard let pair = pairs(of: item).first else { return nil }
                        return YAMLValue.Entry(
                            key: value(of: pair.key, cache: &cache), value: value(of: pair.value, cache: &cache))
                    })
            default:
                result = .sequence(items(of: target).map { value(of: $0, cache: &cache) })
            }
        case .mapping:
            let entries = entries(of: target)
            if node.tag == .set {
                result = .set(entries.map { value(of: $0.key, cache: &cache) })
            } else {
                result = .mapping(
                    entries.map {
                        YAMLValue.Entry(
                            key: value(of: $0.key, cache: &cache), value: value(of: $0.value, cache: &cache))
                    })
            }
        }
        cache[target.index] = result
        return result
    }
}
