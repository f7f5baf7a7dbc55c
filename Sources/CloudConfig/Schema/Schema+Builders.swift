/// The vocabulary the catalog is written in. Constructors build a node of one shape; modifiers
/// return a copy with one more constraint or annotation, so that a key reads as one expression:
///
/// ```swift
/// "permissions": .string.pattern("^0?[0-7]{3,4}$").doc("The file's mode, in octal.")
/// ```
extension Schema {
    // MARK: - Constructors

    /// Any value.
    public static var any: Schema { Schema() }
    /// A string.
    public static var string: Schema { types(.string) }
    /// An integer (never a boolean).
    public static var integer: Schema { types(.integer) }
    /// A number, integer or not (never a boolean).
    public static var number: Schema { types(.number) }
    /// A boolean.
    public static var boolean: Schema { types(.boolean) }
    /// `null`.
    public static var null: Schema { types(.null) }

    /// A value of any of several types.
    ///
    /// - Parameter types: The allowed types.
    /// - Returns: The schema.
    public static func types(_ types: JSONType...) -> Schema {
        var schema = Schema()
        schema.types = types.count == 1 ? singleTypeSet(types[0]) : Set(types)
        return schema
    }

    /// The set of one type, shared by every node of that type (sets are copied on write): the
    /// catalog, built in every run, has hundreds of such nodes, each of which would otherwise
    /// allocate and hash a set of its own.
    private static func singleTypeSet(_ type: JSONType) -> Set<JSONType> {
        switch type {
        case .null: SingleTypeSets.null
        case .boolean: SingleTypeSets.boolean
        case .integer: SingleTypeSets.integer
        case .number: SingleTypeSets.number
        case .string: SingleTypeSets.string
        case .array: SingleTypeSets.array
        case .object: SingleTypeSets.object
        }
    }

    /// One of a list of values, of whatever type they have.
    ///
    /// - Parameter values: The allowed values.
    /// - Returns: The schema.
    public static func oneOfValues(_ values: SchemaLiteral...) -> Schema {
        var schema = Schema()
        schema.allowedValues = values
        return schema
    }

    /// A string from a list.
    ///
    /// - Parameter values: The allowed strings.
    /// - Returns: The schema.
    public static func string(oneOf values: String...) -> Schema {
        var schema = Schema.string
        schema.allowedValues = values.map { .string($0) }
        return schema
    }

    /// A list whose items all match a schema.
    ///
    /// - Parameter item: The schema of every item.
    /// - Returns: The schema.
    public static func array(_ item: Schema) -> Schema {
        var schema = Schema.types(.array)
        schema.items = item
        return schema
    }

    /// A list whose first items match schemas by position.
    ///
    /// - Parameters:
    ///   - items: The schemas of the first items.
    ///   - additionalItems: Whether more items may follow.
    /// - Returns: The schema.
    public static func tuple(_ items: Schema..., additionalItems: Bool = false) -> Schema {
        var schema = Schema.types(.array)
        schema.tupleItems = items
        schema.additionalItemsAllowed = additionalItems
        return schema
    }

    /// A mapping with declared keys. Mark required keys with ``required``.
    ///
    /// - Parameters:
    ///   - properties: The keys, in documentation order.
    ///   - additional: What other keys are allowed; most cloud-init mappings allow none.
    /// - Returns: The schema.
    public static func object(
        _ properties: KeyValuePairs<String, Schema>, additional: AdditionalProperties = .forbidden
    ) -> Schema {
        Schema.types(.object).adding(properties).additional(additional)
    }

    /// A mapping from any keys to values of one schema.
    ///
    /// - Parameter value: The schema of every value.
    /// - Returns: The schema.
    public static func map(_ value: Schema) -> Schema {
        Schema.types(.object).additional(.schema(value))
    }

    /// Alternatives of which exactly one must match.
    ///
    /// - Parameter alternatives: The alternatives.
    /// - Returns: The schema.
    public static func oneOf(_ alternatives: Schema...) -> Schema {
        var schema = Schema()
        schema.oneOf = alternatives
        return schema
    }

    /// Alternatives of which at least one must match.
    ///
    /// - Parameter alternatives: The alternatives.
    /// - Returns: The schema.
    public static func anyOf(_ alternatives: Schema...) -> Schema {
        var schema = Schema()
        schema.anyOf = alternatives
        return schema
    }

    // MARK: - Modifiers

    private consuming func with(_ change: (inout Schema) -> Void) -> Schema {
        var copy = self
        change(&copy)
        return copy
    }

    /// Describes the key or value in cloudcfg's own words.
    public consuming func doc(_ text: String) -> Schema { with { $0.summary = text } }

    /// Marks a property as required by the mapping that declares it.
    public var required: Schema { with { $0.isRequiredProperty = true } }

    /// Records cloud-init's default.
    public consuming func defaultValue(_ value: SchemaLiteral) -> Schema { with { $0.defaultValue = value } }

    /// Restricts values to a list.
    public consuming func allowing(_ values: SchemaLiteral...) -> Schema { with { $0.allowedValues = values } }

    /// Requires strings to match a regular expression (searched, as Python's `re.search`).
    public consuming func pattern(_ pattern: String) -> Schema { with { $0.pattern = pattern } }

    /// Requires strings to have a format.
    public consuming func format(_ format: SchemaFormat) -> Schema { with { $0.format = format } }

    /// Sets the smallest number allowed.
    public consuming func minimum(_ value: Double) -> Schema { with { $0.minimum = value } }

    /// Sets the largest number allowed.
    public consuming func maximum(_ value: Double) -> Schema { with { $0.maximum = value } }

    /// Sets the schema of every item of a list.
    public consuming func items(_ item: Schema) -> Schema { with { $0.items = item } }

    /// Sets the fewest items a list may have.
    public consuming func minItems(_ count: Int) -> Schema { with { $0.minItems = count } }

    /// Sets the most items a list may have.
    public consuming func maxItems(_ count: Int) -> Schema { with { $0.maxItems = count } }

    /// Requires the items of a list to be distinct.
    public var uniqueItems: Schema { with { $0.requiresUniqueItems = true } }

    /// Sets the fewest keys a mapping may have.
    public consuming func minProperties(_ count: Int) -> Schema { with { $0.minProperties = count } }

    /// Declares more keys of a mapping; keys marked ``required`` join the required list.
    public consuming func adding(_ properties: KeyValuePairs<String, Schema>) -> Schema {
        with { schema in
            // Assigned once: every assignment of `properties` indexes them again.
            var declared: [(name: String, schema: Schema)] = []
            declared.reserveCapacity(schema.properties.count + properties.count)
            declared += schema.properties
            // By position, so that each schema is copied once, into `declared`.
            for position in properties.indices {
                let name = properties[position].key
                declared.append((name, properties[position].value))
                if declared[declared.count - 1].schema.isRequiredProperty {
                    schema.requiredKeys.append(name)
                    declared[declared.count - 1].schema.isRequiredProperty = false
                }
            }
            schema.properties = declared
        }
    }

    /// Declares a schema for keys matching a regular expression.
    public consuming func patternProperty(_ pattern: String, _ schema: Schema) -> Schema {
        with { $0.patternProperties.append((pattern, schema)) }
    }

    /// Sets what a mapping accepts besides its declared keys.
    public consuming func additional(_ additional: AdditionalProperties) -> Schema {
        with { $0.additionalProperties = additional }
    }

    /// Requires keys, in addition to those marked ``required``.
    public consuming func requiring(_ keys: String...) -> Schema { with { $0.requiredKeys += keys } }

    /// Adds alternatives of which exactly one must match.
    public consuming func oneOf(_ alternatives: Schema...) -> Schema { with { $0.oneOf += alternatives } }

    /// Adds alternatives of which at least one must match.
    public consuming func anyOf(_ alternatives: Schema...) -> Schema { with { $0.anyOf += alternatives } }

    /// Adds schemas that must all match.
    public consuming func allOf(_ schemas: Schema...) -> Schema { with { $0.allOf += schemas } }

    /// Sets a schema that must not match.
    public consuming func not(_ schema: Schema) -> Schema { with { $0.not = schema } }

    /// Marks a key as deprecated.
    ///
    /// - Parameters:
    ///   - version: The release that deprecated it (`"22.3"`), or `nil` when unknown.
    ///   - advice: What to do instead, in our words.
    ///   - renamedTo: The key to use instead, when the fix is a rename.
    public consuming func deprecated(_ version: CloudInitVersion?, _ advice: String, renamedTo: String? = nil)
        -> Schema
    {
        with {
            $0.deprecation = Deprecation(
                version: version.map { .exactly($0) }, advice: advice, replacementKey: renamedTo)
        }
    }

    /// Marks this form of a value as deprecated (cloud-init's `changed`).
    ///
    /// - Parameters:
    ///   - version: The release that changed it.
    ///   - advice: What to write instead, in our words.
    public consuming func changed(_ version: CloudInitVersion?, _ advice: String) -> Schema {
        with { $0.change = Deprecation(version: version.map { .exactly($0) }, advice: advice) }
    }

    /// Records the release that introduced the key or form.
    public consuming func since(_ version: CloudInitVersion) -> Schema {
        with { $0.availability.introduced = .exactly(version) }
    }

    /// Records that the key or form was introduced in some release after this one.
    public consuming func since(after version: CloudInitVersion) -> Schema {
        with { $0.availability.introduced = .after(version) }
    }

    /// Records the release that dropped the key or form.
    public consuming func removed(_ version: CloudInitVersion) -> Schema {
        with { $0.availability.removed = .exactly(version) }
    }

    /// Records that the key or form was dropped in some release after this one.
    public consuming func removed(after version: CloudInitVersion) -> Schema {
        with { $0.availability.removed = .after(version) }
    }
}

/// One set per JSON type, built once (see `Schema.singleTypeSet(_:)`).
private enum SingleTypeSets {
    static let null: Set<JSONType> = [.null]
    static let boolean: Set<JSONType> = [.boolean]
    static let integer: Set<JSONType> = [.integer]
    static let number: Set<JSONType> = [.number]
    static let string: Set<JSONType> = [.string]
    static let array: Set<JSONType> = [.array]
    static let object: Set<JSONType> = [.object]
}
