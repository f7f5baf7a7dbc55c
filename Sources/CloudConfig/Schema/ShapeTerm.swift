/// One alternative of a value's shape, for describing schemas in words (`cloudcfg explain`).
indirect enum ShapeTerm: Sendable, Hashable {
    /// Any value.
    case any
    /// A value of a scalar type, or a list or mapping of any content.
    case type(JSONType)
    /// A list whose items are any of the alternatives.
    case list([ShapeTerm])
    /// A list of a fixed number of items.
    case tuple(Int)
    /// A mapping.
    case mapping
    /// One of a list of values.
    case values([SchemaLiteral])

    /// The JSON type the alternative is, when it has one.
    var jsonType: JSONType? {
        switch self {
        case .any, .values: nil
        case .type(let type): type
        case .list, .tuple: .array
        case .mapping: .object
        }
    }

    /// The phrase for one value: `a string`, `a list of strings`.
    var singular: String {
        switch self {
        case .any: "any value"
        case .type(let type): type.phrase
        case .mapping: "a mapping"
        case .tuple(let count): "a list of \(count) items"
        case .list(let items) where items == [.any]: "a list"
        case .list(let items): "a list of " + Self.joinPlural(items)
        case .values(let values) where values.count == 1: Self.phrase(values[0])
        case .values(let values): "one of: " + values.map(\.description).joined(separator: ", ")
        }
    }

    /// The phrase for several values, as list items: `strings`, `lists of strings`.
    var plural: String {
        switch self {
        case .any: "values of any type"
        case .type(.null): "nulls"
        case .type(.boolean): "booleans"
        case .type(.integer): "integers"
        case .type(.number): "numbers"
        case .type(.string): "strings"
        case .type(.array): "lists"
        case .type(.object), .mapping: "mappings"
        case .tuple(let count): "lists of \(count) items"
        case .list(let items) where items == [.any]: "lists"
        case .list(let items): "lists of " + Self.joinPlural(items)
        case .values(let values) where values.count == 1: Self.phrase(values[0])
        case .values(let values): "values from: " + values.map(\.description).joined(separator: ", ")
        }
    }

    /// Whether the phrase has commas or `or` of its own, which would blur a list of alternatives.
    var isOpen: Bool {
        switch self {
        case .values(let values): values.count > 1
        case .list(let items): items.count > 1 || items.contains(where: \.isOpen)
        default: false
        }
    }

    /// The alternatives without repeats, with every list of values merged into one and `any`
    /// absorbing the rest.
    static func normalized(_ terms: [ShapeTerm]) -> [ShapeTerm] {
        if terms.contains(.any) { return [.any] }
        var result: [ShapeTerm] = []
        var valuesIndex: Int?
        for term in terms {
            if case .values(let values) = term {
                if let index = valuesIndex, case .values(let existing) = result[index] {
                    result[index] = .values(existing + values.filter { !existing.contains($0) })
                } else {
                    valuesIndex = result.count
                    result.append(term)
                }
            } else if !result.contains(term) {
                result.append(term)
            }
        }
        return result
    }

    /// Alternatives as English: `a, b or c`, with open phrases last and all but the last of them
    /// in parentheses.
    static func join(_ terms: [ShapeTerm]) -> String {
        let closed = terms.filter { !$0.isOpen }
        // Lists after single values: `strings or lists of strings`, not `lists of strings or strings`.
        let ordered = closed.filter { $0.jsonType != .array } + closed.filter { $0.jsonType == .array }
        return join(ordered.map(\.singular), open: terms.filter(\.isOpen).map(\.singular))
    }

    /// A single value as a phrase: strings quoted (`'now'`), others as YAML writes them.
    static func phrase(_ value: SchemaLiteral) -> String {
        if case .string(let text) = value { return "'\(text)'" }
        return value.description
    }

    /// List items as English, in the same order as the alternatives: `strings or lists of strings`.
    static func joinPlural(_ terms: [ShapeTerm]) -> String {
        let closed = terms.filter { !$0.isOpen }
        let ordered = closed.filter { $0.jsonType != .array } + closed.filter { $0.jsonType == .array }
        return join(ordered.map(\.plural), open: terms.filter(\.isOpen).map(\.plural))
    }

    /// Joins closed phrases, then open ones, as `a, b or c`.
    static func join(_ phrases: [String], open: [String] = []) -> String {
        let all = phrases + open.enumerated().map { index, phrase in index < open.count - 1 ? "(\(phrase))" : phrase }
        guard let last = all.last else { return "any value" }
        return all.count == 1 ? last : all.dropLast().joined(separator: ", ") + " or " + last
    }
}
