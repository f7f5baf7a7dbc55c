extension Schema {
    /// The shape in words, as English: `a string`, `a string or a list of strings`,
    /// `a string, a mapping or a list of strings, lists of strings or mappings`,
    /// `one of: poweroff, reboot, halt`. A phrase with commas of its own comes last, so that
    /// the list of alternatives stays unambiguous; a second such phrase is put in parentheses.
    package var shapeDescription: String { ShapeTerm.join(shapeTerms) }

    /// The alternatives a value of this schema can be. `oneOf` and `anyOf` branches are the
    /// alternatives when the schema has no types of its own, and narrow the types when it has
    /// (a branch without types only adds constraints, such as required keys).
    var shapeTerms: [ShapeTerm] {
        if let allowedValues { return [.values(allowedValues)] }
        let branches = (oneOf + anyOf).flatMap(\.shapeTerms)
        guard let types else { return branches.isEmpty ? [.any] : ShapeTerm.normalized(branches) }
        let base = types.sorted().map { type -> ShapeTerm in
            switch type {
            case .array:
                if let items { return .list(items.shapeTerms) }
                if let tupleItems { return .tuple(tupleItems.count) }
                return .list([.any])
            case .object: return .mapping
            default: return .type(type)
            }
        }
        if branches.isEmpty || branches.contains(.any) { return base }
        let narrowed = branches.filter { term in
            guard let type = term.jsonType else { return true }
            return types.contains(type) || (type == .integer && types.contains(.number))
        }
        return narrowed.isEmpty ? base : ShapeTerm.normalized(narrowed)
    }

    /// The schema of a child: a property, a pattern property, the items of a list, or the same
    /// reached through one of the alternatives.
    ///
    /// - Parameter component: A key, or `*` or a number for list items.
    /// - Returns: The child's schema.
    package func child(_ component: String) -> Schema? {
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
    package var declaredKeys: [String] {
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
