extension PythonEquality {
    /// A coarse key that equal values always share (``equals(_:_:in:)`` implies equal keys), so
    /// that finding a value's first equal among many compares it only with the few of its key.
    private enum Bucket: Hashable {
        case null
        case bool(Bool)
        /// Integers and floats by value as a `Double`: equal numbers, of either type, share it.
        case number(Double)
        /// Strings by `String` equality, which code-point equality implies.
        case string(String)
        /// Lists by length, mappings by size, and other scalars together.
        case sequence(Int)
        case mapping(Int)
        case other
    }

    /// For each item equal to an earlier one (cloud-init's `uniqueItems`), its index and the
    /// index of the first earlier item it equals, in item order: the same answer as comparing
    /// every item with every earlier one, without the quadratic cost for distinct items.
    ///
    /// - Parameters:
    ///   - items: The items of a list.
    ///   - document: Their document.
    /// - Returns: The duplicates, as (index, index of the first equal item).
    static func duplicates(_ items: [YAMLNodeID], in document: YAMLDocument) -> [(index: Int, first: Int)] {
        var earlier: [Bucket: [Int]] = [:]
        var duplicates: [(index: Int, first: Int)] = []
        for (index, item) in items.enumerated() {
            let key = bucket(item, in: document)
            let candidates = earlier[key, default: []]
            if let first = candidates.first(where: { equals(items[$0], item, in: document) }) {
                duplicates.append((index, first))
            }
            earlier[key, default: []].append(index)
        }
        return duplicates
    }

    private static func bucket(_ node: YAMLNodeID, in document: YAMLDocument) -> Bucket {
        let resolved = document.resolved(node)
        let value = document[resolved]
        switch value.kind {
        case .scalar, .alias:
            switch value.value {
            case .null: return .null
            case .bool(let flag): return .bool(flag)
            case .int(let number): return .number(number.doubleValue)
            case .float(let number): return .number(number)
            case .string(let text): return .string(text)
            default: return .other
            }
        case .sequence:
            return .sequence(document.items(of: resolved).count)
        case .mapping:
            return .mapping(document.entries(of: resolved).count)
        }
    }
}
