/// Value equality as cloud-init's validator (jsonschema) decides it for `enum` and
/// `uniqueItems`: numbers compare by value, booleans never equal numbers, strings compare by code
/// point, lists and mappings compare structurally.
enum PythonEquality {
    /// Whether a node equals a catalog literal.
    static func equals(_ node: YAMLNodeID, _ literal: SchemaLiteral, in document: YAMLDocument) -> Bool {
        let resolved = document.resolved(node)
        let value = document[resolved]
        switch value.kind {
        case .scalar, .alias:
            guard let scalar = value.value else { return false }
            return equals(scalar, literal)
        case .sequence:
            guard case .list(let items) = literal else { return false }
            let nodes = document.items(of: resolved)
            return nodes.count == items.count && zip(nodes, items).allSatisfy { equals($0, $1, in: document) }
        case .mapping:
            return false
        }
    }

    /// Whether a scalar equals a literal.
    static func equals(_ scalar: YAMLScalar, _ literal: SchemaLiteral) -> Bool {
        switch (scalar, literal) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == YAMLInteger(b)
        case (.int(let a), .float(let b)): a.doubleValue == b
        case (.float(let a), .int(let b)): a == Double(b)
        case (.float(let a), .float(let b)): a == b
        case (.string(let a), .string(let b)): a.unicodeScalars.elementsEqual(b.unicodeScalars)
        default: false
        }
    }

    /// Whether two nodes hold equal values.
    static func equals(_ a: YAMLNodeID, _ b: YAMLNodeID, in document: YAMLDocument) -> Bool {
        let left = document.resolved(a)
        let right = document.resolved(b)
        if left == right { return true }
        let l = document[left]
        let r = document[right]
        switch (l.kind, r.kind) {
        case (.scalar, .scalar), (.alias, .alias), (.scalar, .alias), (.alias, .scalar):
            guard let x = l.value, let y = r.value else { return false }
            return equals(x, y)
        case (.sequence, .sequence):
            let xs = document.items(of: left)
            let ys = document.items(of: right)
            return xs.count == ys.count && zip(xs, ys).allSatisfy { equals($0, $1, in: document) }
        case (.mapping, .mapping):
            let xs = document.entries(of: left)
            let ys = document.entries(of: right)
            guard xs.count == ys.count else { return false }
            return xs.allSatisfy { x in
                ys.contains { y in equals(x.key, y.key, in: document) && equals(x.value, y.value, in: document) }
            }
        default:
            return false
        }
    }

    /// Whether two scalars are equal, keeping booleans apart from numbers.
    static func equals(_ a: YAMLScalar, _ b: YAMLScalar) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.bool(let x), .bool(let y)): x == y
        case (.int(let x), .int(let y)): x == y
        case (.int(let x), .float(let y)): x.doubleValue == y
        case (.float(let x), .int(let y)): x == y.doubleValue
        case (.float(let x), .float(let y)): x == y
        case (.string(let x), .string(let y)): x.unicodeScalars.elementsEqual(y.unicodeScalars)
        case (.binary(let x), .binary(let y)): x == y
        case (.date(let x), .date(let y)): x == y
        case (.dateTime(let x), .dateTime(let y)): x == y
        default: false
        }
    }
}
