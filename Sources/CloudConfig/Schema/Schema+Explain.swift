extension Schema {
    /// The shape in words: `a string`, `a list of strings`, `a string or a list of strings`,
    /// `a mapping`, `one of: poweroff, reboot, halt`.
    public var shapeDescription: String {
        var alternatives: [String] = []
        // Alternatives that only list values (a list per release, say) read as one list.
        let branches = oneOf + anyOf
        let branchValues =
            !branches.isEmpty && branches.allSatisfy { $0.allowedValues != nil && $0.types == nil }
            ? branches.flatMap { $0.allowedValues ?? [] } : nil
        if let values = allowedValues ?? branchValues, types == nil || types?.count == 1 {
            let kind = types?.first.map { $0.phrase + " " } ?? ""
            return "\(kind)one of: " + values.map(\.description).joined(separator: ", ")
        }
        if let types {
            for type in types.sorted() {
                switch type {
                case .array:
                    if let items {
                        let inner = items.shapeDescription
                        alternatives.append("a list of " + Self.plural(inner))
                    } else if let tupleItems {
                        alternatives.append("a list of \(tupleItems.count) items")
                    } else {
                        alternatives.append("a list")
                    }
                case .object:
                    alternatives.append(
                        properties.isEmpty && patternProperties.isEmpty ? "a mapping" : "a mapping of keys")
                default:
                    alternatives.append(type.phrase)
                }
            }
        }
        var values: [SchemaLiteral] = []
        for branch in oneOf + anyOf {
            if let branchValues = branch.allowedValues, branch.types == nil {
                if values.isEmpty { alternatives.append("") }
                values += branchValues
            } else {
                alternatives.append(branch.shapeDescription)
            }
        }
        if let slot = alternatives.firstIndex(of: "") {
            alternatives[slot] = "one of: " + values.map(\.description).joined(separator: ", ")
        }
        if alternatives.isEmpty { return "any value" }
        var unique: [String] = []
        for alternative in alternatives where !unique.contains(alternative) { unique.append(alternative) }
        return unique.count == 1 ? unique[0] : unique.dropLast().joined(separator: ", ") + " or " + (unique.last ?? "")
    }

    /// `a string` → `strings`, `a mapping of keys` → `mappings of keys`.
    static func plural(_ phrase: String) -> String {
        let words = phrase.split(separator: " ", maxSplits: 2).map(String.init)
        guard words.count >= 2, words[0] == "a" || words[0] == "an" else { return phrase }
        let noun = words[1] == "null" ? "nulls" : words[1] + "s"
        return ([noun] + words.dropFirst(2)).joined(separator: " ")
    }

    /// The schema of a child: a property, a pattern property, the items of a list, or the same
    /// reached through one of the alternatives.
    ///
    /// - Parameter component: A key, or `*` or a number for list items.
    /// - Returns: The child's schema.
    public func child(_ component: String) -> Schema? {
        if component == "*" || Int(component) != nil {
            if let items { return items }
            if let tupleItems, let index = Int(component), index < tupleItems.count { return tupleItems[index] }
        }
        if let property = property(component) { return property }
        for (pattern, schema) in patternProperties where FormatChecker.shared.search(pattern, in: component) {
            return schema
        }
        if case .schema(let additional) = additionalProperties, component != "*" { return additional }
        for branch in oneOf + anyOf + allOf {
            if let found = branch.child(component) { return found }
        }
        return nil
    }

    /// The keys a mapping declares, including those declared in its alternatives.
    public var declaredKeys: [String] {
        var keys = properties.map(\.name)
        for branch in oneOf + anyOf + allOf {
            for key in branch.declaredKeys where !keys.contains(key) { keys.append(key) }
        }
        if let items {
            for key in items.declaredKeys where !keys.contains(key) { keys.append(key) }
        }
        return keys
    }
}

extension Catalog {
    /// The schema at a dotted key path such as `write_files.permissions`,
    /// `write_files.0.permissions` or `users.*.lock_passwd`. List items are stepped into
    /// implicitly when a key follows a list.
    ///
    /// - Parameter path: The dotted path.
    /// - Returns: The schema, or `nil` when no key is at that path.
    public func schema(at path: String) -> Schema? {
        var current = root
        for component in path.split(separator: ".").map(String.init) {
            if let child = current.child(component) {
                current = child
            } else if let items = current.items ?? current.oneOf.compactMap(\.items).first,
                let child = items.child(component)
            {
                current = child
            } else {
                return nil
            }
        }
        return current
    }
}
