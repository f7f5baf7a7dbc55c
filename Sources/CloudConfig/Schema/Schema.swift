/// A node of the cloud-init key catalog: the shape a value must have, in the vocabulary of
/// JSON Schema draft-04 (which cloud-init's validator uses), plus what cloud-init's schema adds
/// (deprecations and changes with versions) and what cloudcfg adds (the release a key appeared).
///
/// Nodes are written with the builders in `Schema+Builders.swift`; the catalog in `Catalog/`
/// is the single source of truth for validation, `cloudcfg explain` and the exported JSON Schema.
public struct Schema: Sendable {
    /// The allowed types; `nil` allows any value.
    public var types: Set<JSONType>?
    /// The allowed values, if restricted to a list.
    public var allowedValues: [SchemaLiteral]?
    /// A regular expression (Python syntax, searched, not anchored) that strings must match.
    public var pattern: String?
    /// A format that strings must have.
    public var format: SchemaFormat?
    /// The smallest number allowed.
    public var minimum: Double?
    /// The largest number allowed.
    public var maximum: Double?
    /// The schema every item of a list must match (JSON Schema `items` as one schema).
    public var items: Schema? {
        get { itemStorage.first }
        set { itemStorage = newValue.map { [$0] } ?? [] }
    }
    /// Schemas for the first items of a list, by position (JSON Schema `items` as a list).
    public var tupleItems: [Schema]?
    /// Whether items past `tupleItems` are allowed.
    public var additionalItemsAllowed = true
    /// The fewest items a list may have.
    public var minItems: Int?
    /// The most items a list may have.
    public var maxItems: Int?
    /// Whether the items of a list must be distinct.
    public var requiresUniqueItems = false
    /// The declared keys of a mapping, in documentation order.
    public var properties: [(name: String, schema: Schema)] = [] {
        didSet { propertyIndex = Self.index(properties) }
    }
    /// Schemas for keys matching regular expressions, in order.
    public var patternProperties: [(pattern: String, schema: Schema)] = []
    /// What a mapping accepts besides its declared keys.
    public var additionalProperties: AdditionalProperties = .allowed
    /// Keys a mapping must have.
    public var requiredKeys: [String] = []
    /// The fewest keys a mapping may have.
    public var minProperties: Int?
    /// Alternatives of which exactly one must match.
    public var oneOf: [Schema] = []
    /// Alternatives of which at least one must match.
    public var anyOf: [Schema] = []
    /// Schemas that must all match.
    public var allOf: [Schema] = []
    /// A schema that must not match.
    public var not: Schema? {
        get { notStorage.first }
        set { notStorage = newValue.map { [$0] } ?? [] }
    }

    /// What the key or value is for, in cloudcfg's own words.
    public var summary: String?
    /// The value cloud-init uses when the key is absent.
    public var defaultValue: SchemaLiteral?
    /// Set when cloud-init deprecates the key (`deprecated` in its schema).
    public var deprecation: Deprecation?
    /// Set when cloud-init deprecates this form of a value (`changed` in its schema).
    public var change: Deprecation?
    /// Since when cloud-init acts on it, and whether it was dropped.
    public var availability = Availability.always
    /// How the node read in older releases, for targets before each change (see
    /// ``olderForm(through:_:)``).
    var olderForms: [OlderForm] = []
    /// Whether an enclosing object requires this property; read by the object builder.
    var isRequiredProperty = false

    /// The position of each declared key in ``properties`` (the first, when a name repeats), for
    /// mappings with enough keys that a scan would cost more than a lookup.
    private var propertyIndex: [String: Int]?
    private var itemStorage: [Schema] = []
    private var notStorage: [Schema] = []

    /// A schema that accepts anything.
    public init() {}

    /// Where a declared property is in ``properties``: by the index for large objects, by a
    /// scan otherwise.
    package func propertyPosition(_ name: String) -> Int? {
        if let propertyIndex { return propertyIndex[name] }
        return properties.firstIndex { $0.name == name }
    }

    /// The declared property with a name, if any.
    ///
    /// - Parameter name: A key.
    /// - Returns: The property's schema.
    public func property(_ name: String) -> Schema? {
        if let propertyIndex { return propertyIndex[name].map { properties[$0].schema } }
        return properties.first { $0.name == name }?.schema
    }

    /// Mappings with at least this many declared keys look them up by name.
    private static let indexedPropertyCount = 8

    private static func index(_ properties: [(name: String, schema: Schema)]) -> [String: Int]? {
        guard properties.count >= indexedPropertyCount else { return nil }
        var index: [String: Int] = [:]
        index.reserveCapacity(properties.count)
        for (position, property) in properties.enumerated() where index[property.name] == nil {
            index[property.name] = position
        }
        return index
    }
}
