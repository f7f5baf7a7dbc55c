extension Schema {
    /// Whether a release reads this key or form: it was introduced by then and not yet dropped.
    ///
    /// - Parameter target: A cloud-init release.
    /// - Returns: `true` when the release has it.
    public func isAvailable(in target: CloudInitVersion) -> Bool {
        if let introduced = availability.introduced, !introduced.isReached(by: target) { return false }
        if let removed = availability.removed, removed.isReached(by: target) { return false }
        return true
    }

    /// The schema as one release reads it: keys, pattern keys and alternatives that the release
    /// does not have are left out, and deprecations and changes it has not made yet are dropped.
    ///
    /// - Parameter target: A cloud-init release.
    /// - Returns: The schema of that release.
    public func view(for target: CloudInitVersion) -> Schema {
        var view = self
        view.properties = properties.filter { $0.schema.isAvailable(in: target) }.map {
            (name: $0.name, schema: $0.schema.view(for: target))
        }
        view.patternProperties = patternProperties.filter { $0.schema.isAvailable(in: target) }.map {
            (pattern: $0.pattern, schema: $0.schema.view(for: target))
        }
        if case .schema(let additional) = additionalProperties {
            view.additionalProperties = .schema(additional.view(for: target))
        }
        view.items = items?.view(for: target)
        view.tupleItems = tupleItems?.map { $0.view(for: target) }
        view.oneOf = Self.branches(oneOf, in: target)
        view.anyOf = Self.branches(anyOf, in: target)
        view.allOf = allOf.map { $0.view(for: target) }
        view.not = not?.view(for: target)
        if let version = deprecation?.version, !version.isReached(by: target) { view.deprecation = nil }
        if let version = change?.version, !version.isReached(by: target) { view.change = nil }
        return view
    }

    /// The alternatives a release has; all of them when it has none, so that a form the release
    /// lacks entirely still describes the value rather than allowing anything.
    private static func branches(_ branches: [Schema], in target: CloudInitVersion) -> [Schema] {
        let available = branches.filter { $0.isAvailable(in: target) }
        return (available.isEmpty ? branches : available).map { $0.view(for: target) }
    }
}

extension Catalog {
    /// The catalog as one release reads it (see ``Schema/view(for:)``).
    ///
    /// - Parameter target: A cloud-init release.
    /// - Returns: The root schema of that release.
    public func root(for target: CloudInitVersion) -> Schema {
        root.view(for: target)
    }
}
