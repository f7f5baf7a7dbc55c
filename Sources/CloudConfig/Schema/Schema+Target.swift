/// How a node read in releases before a change, for targets that do not have the change yet.
///
/// The catalog describes the newest release; where an older one differs in something other than
/// a key or a form appearing or disappearing (which ``Availability`` records), the node carries
/// the older reading as a change to apply: a requirement that did not exist yet, a top level that
/// did not reject unknown keys.
struct OlderForm: Sendable {
    /// The change; targets that have not reached it read the node as ``apply`` makes it.
    var bound: VersionBound
    /// Turns the current node into the older one.
    var apply: @Sendable (inout Schema) -> Void
}

extension Schema {
    /// Records how the node read up to and including a release: targets at or before `version`
    /// validate against the node as `change` makes it.
    ///
    /// ```swift
    /// .requiring("account_name", "computer_title")
    /// .olderForm(through: "22.4.2") { $0.requiredKeys = [] }
    /// ```
    ///
    /// - Parameters:
    ///   - version: The last release with the older form; the change came in a later one.
    ///   - change: Turns the current node into the older one.
    /// - Returns: The schema.
    public func olderForm(through version: CloudInitVersion, _ change: @escaping @Sendable (inout Schema) -> Void)
        -> Schema
    {
        var copy = self
        copy.olderForms.append(OlderForm(bound: .after(version), apply: change))
        return copy
    }

    /// Records how the node read before a release: targets older than `version` validate against
    /// the node as `change` makes it.
    ///
    /// - Parameters:
    ///   - version: The release that changed the node.
    ///   - change: Turns the current node into the older one.
    /// - Returns: The schema.
    public func olderForm(before version: CloudInitVersion, _ change: @escaping @Sendable (inout Schema) -> Void)
        -> Schema
    {
        var copy = self
        copy.olderForms.append(OlderForm(bound: .exactly(version), apply: change))
        return copy
    }

    /// The node as a target reads it: the older forms the target has not outgrown applied, in the
    /// order they were recorded. Children are left as they are; the validator resolves each node
    /// when it reaches it.
    ///
    /// - Parameter target: The release the configuration is for.
    /// - Returns: The node for that release.
    public func applyingOlderForms(for target: CloudInitVersion) -> Schema {
        guard !olderForms.isEmpty else { return self }
        var resolved = self
        resolved.olderForms = []
        for form in olderForms where !form.bound.isReached(by: target) { form.apply(&resolved) }
        return resolved
    }

    /// The whole subtree as a target's own schema would state it: older forms applied, keys and
    /// forms the target does not have (yet or any more) left out, deprecations the target has not
    /// reached dropped, and alternatives reduced to one folded into their parent.
    ///
    /// Validation does not use it (it reports what the target lacks instead of ignoring it); it
    /// is what `cloudcfg schema --cloud-init` exports, to compare with that release's schema.
    ///
    /// - Parameter target: The release.
    /// - Returns: The schema, or `nil` when the target does not have the node at all.
    public func filtered(for target: CloudInitVersion) -> Schema? {
        var node = applyingOlderForms(for: target)
        if let introduced = node.availability.introduced, !introduced.isReached(by: target) { return nil }
        if let removed = node.availability.removed, removed.isReached(by: target) { return nil }
        node.availability = .always
        if let deprecation = node.deprecation, !(deprecation.version?.isReached(by: target) ?? true) {
            node.deprecation = nil
        }
        if let change = node.change, !(change.version?.isReached(by: target) ?? true) { node.change = nil }
        node.properties = node.properties.compactMap { name, schema in
            schema.filtered(for: target).map { (name, $0) }
        }
        node.patternProperties = node.patternProperties.compactMap { pattern, schema in
            schema.filtered(for: target).map { (pattern, $0) }
        }
        if case .schema(let additional) = node.additionalProperties {
            node.additionalProperties = additional.filtered(for: target).map { .schema($0) } ?? .forbidden
        }
        node.items = node.items.flatMap { $0.filtered(for: target) }
        node.tupleItems = node.tupleItems?.compactMap { $0.filtered(for: target) }
        node.allOf = node.allOf.compactMap { $0.filtered(for: target) }
        node.not = node.not.flatMap { $0.filtered(for: target) }
        let oneOf = node.oneOf.compactMap { $0.filtered(for: target) }
        let anyOf = node.anyOf.compactMap { $0.filtered(for: target) }
        if (!node.oneOf.isEmpty && oneOf.isEmpty) || (!node.anyOf.isEmpty && anyOf.isEmpty) { return nil }
        node.oneOf = oneOf
        node.anyOf = anyOf
        return node.foldingSingleAlternative()
    }

    /// Alternatives that are all bare value lists stated as one list, and a single alternative
    /// merged into its parent when no constraint is on both: what is left when a target lacks the
    /// other alternatives, written as that release's schema writes it.
    private func foldingSingleAlternative() -> Schema {
        var node = self
        for keyPath in [\Schema.oneOf, \Schema.anyOf] where node[keyPath: keyPath].count > 1 {
            let branches = node[keyPath: keyPath]
            if branches.allSatisfy({ $0.isBareValueList }) {
                node[keyPath: keyPath] = [Schema.any.allowing(branches.flatMap { $0.allowedValues ?? [] })]
            }
        }
        let alternatives = node.oneOf + node.anyOf
        guard alternatives.count == 1, let only = alternatives.first,
            node.constraintCount + only.constraintCount
                == Schema.merging(node, only).constraintCount
        else { return node }
        var merged = Schema.merging(node, only)
        merged.summary = node.summary ?? only.summary
        merged.defaultValue = node.defaultValue ?? only.defaultValue
        merged.deprecation = node.deprecation ?? only.deprecation
        merged.change = node.change ?? only.change
        return merged
    }

    /// Whether the node only lists allowed values (besides words), with no deprecation of its own.
    private var isBareValueList: Bool {
        allowedValues != nil && constraintCount == 1 && deprecation == nil && change == nil
    }

    /// How many constraints the node states, alternatives not counted.
    private var constraintCount: Int {
        let set: [Bool] = [
            types != nil, allowedValues != nil, pattern != nil, format != nil, minimum != nil, maximum != nil,
            items != nil, tupleItems != nil, minItems != nil, maxItems != nil, requiresUniqueItems,
            !properties.isEmpty, !patternProperties.isEmpty, !requiredKeys.isEmpty, minProperties != nil,
            !allOf.isEmpty, not != nil, additionalProperties.isStated,
        ]
        return set.filter { $0 }.count
    }

    /// The constraints of a node and of its only alternative, each taken from whichever states it.
    private static func merging(_ node: Schema, _ only: Schema) -> Schema {
        var merged = node
        merged.oneOf = []
        merged.anyOf = []
        merged.types = node.types ?? only.types
        merged.allowedValues = node.allowedValues ?? only.allowedValues
        merged.pattern = node.pattern ?? only.pattern
        merged.format = node.format ?? only.format
        merged.minimum = node.minimum ?? only.minimum
        merged.maximum = node.maximum ?? only.maximum
        merged.items = node.items ?? only.items
        merged.tupleItems = node.tupleItems ?? only.tupleItems
        merged.additionalItemsAllowed = node.additionalItemsAllowed && only.additionalItemsAllowed
        merged.minItems = node.minItems ?? only.minItems
        merged.maxItems = node.maxItems ?? only.maxItems
        merged.requiresUniqueItems = node.requiresUniqueItems || only.requiresUniqueItems
        merged.properties = node.properties.isEmpty ? only.properties : node.properties
        merged.patternProperties = node.patternProperties.isEmpty ? only.patternProperties : node.patternProperties
        merged.requiredKeys = node.requiredKeys.isEmpty ? only.requiredKeys : node.requiredKeys
        merged.minProperties = node.minProperties ?? only.minProperties
        merged.allOf = node.allOf.isEmpty ? only.allOf : node.allOf
        merged.not = node.not ?? only.not
        merged.oneOf = only.oneOf
        merged.anyOf = only.anyOf
        merged.additionalProperties =
            node.additionalProperties.isStated ? node.additionalProperties : only.additionalProperties
        return merged
    }
}

extension AdditionalProperties {
    /// Whether it says more than JSON Schema's default.
    fileprivate var isStated: Bool {
        switch self {
        case .allowed, .ignored: false
        case .forbidden, .schema: true
        }
    }
}

extension Catalog {
    /// The catalog as a target release's own schema would state it (see ``Schema/filtered(for:)``),
    /// as a JSON Schema.
    ///
    /// - Parameter target: The release.
    /// - Returns: The JSON Schema.
    package func jsonSchema(for target: CloudInitVersion) -> JSONValue {
        let root = root.filtered(for: target) ?? root
        return Self.wrap(root.jsonSchema, title: "cloud-config (cloud-init \(target))")
    }
}
