extension Schema {
    /// The node as a JSON Schema (draft-04) object, with cloud-init's `deprecated` and `changed`
    /// keywords and the `deprecationMessage` and `markdownDescription` editors show.
    package var jsonSchema: JSONValue {
        var members: [(String, JSONValue)] = []
        if let types {
            let names = types.sorted().map { JSONValue.string($0.rawValue) }
            members.append(("type", names.count == 1 ? names[0] : .array(names)))
        }
        if let allowedValues { members.append(("enum", .array(allowedValues.map(\.json)))) }
        if let pattern { members.append(("pattern", .string(pattern))) }
        if let format { members.append(("format", .string(format.rawValue))) }
        if let minimum { members.append(("minimum", Self.number(minimum))) }
        if let maximum { members.append(("maximum", Self.number(maximum))) }
        if let tupleItems {
            members.append(("items", .array(tupleItems.map(\.jsonSchema))))
            if !additionalItemsAllowed { members.append(("additionalItems", .bool(false))) }
        } else if let items {
            members.append(("items", items.jsonSchema))
        }
        if let minItems { members.append(("minItems", .int(minItems))) }
        if let maxItems { members.append(("maxItems", .int(maxItems))) }
        if requiresUniqueItems { members.append(("uniqueItems", .bool(true))) }
        if !properties.isEmpty {
            members.append(("properties", .object(properties.map { ($0.name, $0.schema.jsonSchema) })))
        }
        if !patternProperties.isEmpty {
            members.append(("patternProperties", .object(patternProperties.map { ($0.pattern, $0.schema.jsonSchema) })))
        }
        switch additionalProperties {
        case .allowed, .ignored: break
        case .forbidden: members.append(("additionalProperties", .bool(false)))
        case .schema(let schema): members.append(("additionalProperties", schema.jsonSchema))
        }
        if !requiredKeys.isEmpty { members.append(("required", .array(requiredKeys.map { .string($0) }))) }
        if let minProperties { members.append(("minProperties", .int(minProperties))) }
        if !oneOf.isEmpty { members.append(("oneOf", .array(oneOf.map(\.jsonSchema)))) }
        if !anyOf.isEmpty { members.append(("anyOf", .array(anyOf.map(\.jsonSchema)))) }
        if !allOf.isEmpty { members.append(("allOf", .array(allOf.map(\.jsonSchema)))) }
        if let not { members.append(("not", not.jsonSchema)) }
        if let summary { members.append(("description", .string(summary))) }
        if let defaultValue { members.append(("default", defaultValue.json)) }
        if let deprecation {
            members.append(("deprecated", .bool(true)))
            if let version = deprecation.version {
                members.append(("deprecated_version", .string(version.description)))
            }
            members.append(("deprecated_description", .string(deprecation.advice)))
            members.append(("deprecationMessage", .string(Self.deprecationText(deprecation, "Deprecated"))))
        }
        if let change {
            members.append(("changed", .bool(true)))
            if let version = change.version { members.append(("changed_version", .string(version.description))) }
            members.append(("changed_description", .string(change.advice)))
        }
        if let introduced = availability.introduced {
            members.append(("x-cloudcfg-introduced", .string(introduced.description)))
        }
        if let removed = availability.removed {
            members.append(("x-cloudcfg-removed", .string(removed.description)))
        }
        return .object(members)
    }

    static func deprecationText(_ deprecation: Deprecation, _ word: String) -> String {
        var text = word
        if let version = deprecation.version { text += " in cloud-init \(version)" }
        return text + ": " + deprecation.advice
    }

    private static func number(_ value: Double) -> JSONValue {
        if value == value.rounded(), abs(value) < 1e15 { return .int(Int(value)) }
        return .number(PythonFormat.floatRepr(value))
    }
}

extension Catalog {
    /// The catalog as a JSON Schema (draft-04 compatible) that YAML language servers can use to
    /// validate and complete cloud-config files, for the newest release.
    package var jsonSchema: JSONValue { jsonSchema(for: .newest) }

    /// A root schema with the draft-04 header, a title and a description.
    static func wrap(_ schema: JSONValue, title: String) -> JSONValue {
        guard case .object(var members) = schema else { return schema }
        members.insert(("$schema", .string("http://json-schema.org/draft-04/schema#")), at: 0)
        members.insert(("title", .string(title)), at: 1)
        members.insert(
            ("description", .string("User-data and vendor-data keys of cloud-init, from cloudcfg's catalog.")), at: 2)
        return .object(members)
    }
}
