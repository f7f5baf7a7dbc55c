/// A node of the cloud-init key catalog: the shape a value must have, in the vocabulary of
/// JSON Schema draft-04 (which cloud-init's validator uses), plus what cloud-init's schema adds
/// (deprecations and changes with versions) and what cloudcfg adds (the release a key appeared).
///
/// Nodes are written with the builders in `Schema+Builders.swift`; the catalog in `Catalog/`
/// is the single source of truth for validation, `cloudcfg explain` and the exported JSON Schema.
public struct Schema: Sendable {
    /// The node's fields, shared by copies until one of them changes (copy on write): the catalog
    /// is built in every run, and its builders and arrays copy nodes, which is then one reference
    /// rather than some thirty fields.
    private var storage: Storage

    /// A schema that accepts anything.
    public init() { storage = Storage(Fields()) }

    /// The storage, copied first if another node shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    /// The allowed types; `nil` allows any value.
    public var types: Set<JSONType>? {
        get { storage.fields.types }
        _modify { yield &unique().fields.types }
    }
    /// The allowed values, if restricted to a list.
    public var allowedValues: [SchemaLiteral]? {
        get { storage.fields.allowedValues }
        _modify { yield &unique().fields.allowedValues }
    }
    /// A regular expression (Python syntax, searched, not anchored) that strings must match.
    public var pattern: String? {
        get { storage.fields.pattern }
        set { unique().fields.pattern = newValue }
    }
    /// A format that strings must have.
    public var format: SchemaFormat? {
        get { storage.fields.format }
        set { unique().fields.format = newValue }
    }
    /// The smallest number allowed.
    public var minimum: Double? {
        get { storage.fields.minimum }
        set { unique().fields.minimum = newValue }
    }
    /// The largest number allowed.
    public var maximum: Double? {
        get { storage.fields.maximum }
        set { unique().fields.maximum = newValue }
    }
    /// The schema every item of a list must match (JSON Schema `items` as one schema).
    public var items: Schema? {
        get { storage.fields.itemStorage.first }
        set { unique().fields.itemStorage = newValue.map { [$0] } ?? [] }
    }
    /// Schemas for the first items of a list, by position (JSON Schema `items` as a list).
    public var tupleItems: [Schema]? {
        get { storage.fields.tupleItems }
        _modify { yield &unique().fields.tupleItems }
    }
    /// Whether items past `tupleItems` are allowed.
    public var additionalItemsAllowed: Bool {
        get { storage.fields.additionalItemsAllowed }
        set { unique().fields.additionalItemsAllowed = newValue }
    }
    /// The fewest items a list may have.
    public var minItems: Int? {
        get { storage.fields.minItems }
        set { unique().fields.minItems = newValue }
    }
    /// The most items a list may have.
    public var maxItems: Int? {
        get { storage.fields.maxItems }
        set { unique().fields.maxItems = newValue }
    }
    /// Whether the items of a list must be distinct.
    public var requiresUniqueItems: Bool {
        get { storage.fields.requiresUniqueItems }
        set { unique().fields.requiresUniqueItems = newValue }
    }
    /// The declared keys of a mapping, in documentation order.
    public var properties: [(name: String, schema: Schema)] {
        get { storage.fields.properties }
        _modify {
            let storage = unique()
            yield &storage.fields.properties
            storage.fields.propertyIndex = Self.index(storage.fields.properties)
        }
    }
    /// Schemas for keys matching regular expressions, in order.
    public var patternProperties: [(pattern: String, schema: Schema)] {
        get { storage.fields.patternProperties }
        _modify { yield &unique().fields.patternProperties }
    }
    /// What a mapping accepts besides its declared keys.
    public var additionalProperties: AdditionalProperties {
        get { storage.fields.additionalProperties }
        set { unique().fields.additionalProperties = newValue }
    }
    /// Keys a mapping must have.
    public var requiredKeys: [String] {
        get { storage.fields.requiredKeys }
        _modify { yield &unique().fields.requiredKeys }
    }
    /// The fewest keys a mapping may have.
    public var minProperties: Int? {
        get { storage.fields.minProperties }
        set { unique().fields.minProperties = newValue }
    }
    /// Alternatives of which exactly one must match.
    public var oneOf: [Schema] {
        get { storage.fields.oneOf }
        _modify { yield &unique().fields.oneOf }
    }
    /// Alternatives of which at least one must match.
    public var anyOf: [Schema] {
        get { storage.fields.anyOf }
        _modify { yield &unique().fields.anyOf }
    }
    /// Schemas that must all match.
    public var allOf: [Schema] {
        get { storage.fields.allOf }
        _modify { yield &unique().fields.allOf }
    }
    /// A schema that must not match.
    public var not: Schema? {
        get { storage.fields.notStorage.first }
        set { unique().fields.notStorage = newValue.map { [$0] } ?? [] }
    }

    /// What the key or value is for, in cloudcfg's own words.
    public var summary: String? {
        get { storage.fields.summary }
        set { unique().fields.summary = newValue }
    }
    /// The value cloud-init uses when the key is absent.
    public var defaultValue: SchemaLiteral? {
        get { storage.fields.defaultValue }
        set { unique().fields.defaultValue = newValue }
    }
    /// Set when cloud-init deprecates the key (`deprecated` in its schema).
    public var deprecation: Deprecation? {
        get { storage.fields.deprecation }
        set { unique().fields.deprecation = newValue }
    }
    /// Set when cloud-init deprecates this form of a value (`changed` in its schema).
    public var change: Deprecation? {
        get { storage.fields.change }
        set { unique().fields.change = newValue }
    }
    /// Since when cloud-init acts on it, and whether it was dropped.
    public var availability: Availability {
        get { storage.fields.availability }
        set { unique().fields.availability = newValue }
    }
    /// How the node read in older releases, for targets before each change (see
    /// ``olderForm(through:_:)``).
    var olderForms: [OlderForm] {
        get { storage.fields.olderForms }
        _modify { yield &unique().fields.olderForms }
    }
    /// Whether an enclosing object requires this property; read by the object builder.
    var isRequiredProperty: Bool {
        get { storage.fields.isRequiredProperty }
        set { unique().fields.isRequiredProperty = newValue }
    }

    /// Where a declared property is in ``properties``: by the index for large objects, by a
    /// scan otherwise.
    package func propertyPosition(_ name: String) -> Int? {
        if let propertyIndex = storage.fields.propertyIndex { return propertyIndex[name] }
        return properties.firstIndex { $0.name == name }
    }

    /// The declared property with a name, if any.
    ///
    /// - Parameter name: A key.
    /// - Returns: The property's schema.
    public func property(_ name: String) -> Schema? {
        if let propertyIndex = storage.fields.propertyIndex { return propertyIndex[name].map { properties[$0].schema } }
        return properties.first { $0.name == name }?.schema
    }

    /// Mappings with at least this many declared keys look them up by name. Below it a scan of
    /// the names costs about what hashing one does, and the catalog, built in every run, does not
    /// index its ~100 mappings of 8 to 31 keys that validation (which has its own index) reads.
    private static let indexedPropertyCount = 32

    private static func index(_ properties: [(name: String, schema: Schema)]) -> [String: Int]? {
        guard properties.count >= indexedPropertyCount else { return nil }
        var index: [String: Int] = [:]
        index.reserveCapacity(properties.count)
        // By position: iterating the pairs would copy every schema to read its name.
        for position in properties.indices where index[properties[position].name] == nil {
            index[properties[position].name] = position
        }
        return index
    }
}

/// The fields of a ``Schema``, in one value so that a copy is one assignment.
private struct Fields {
    var types: Set<JSONType>?
    var allowedValues: [SchemaLiteral]?
    var pattern: String?
    var format: SchemaFormat?
    var minimum: Double?
    var maximum: Double?
    var itemStorage: [Schema] = []
    var tupleItems: [Schema]?
    var additionalItemsAllowed: Bool = true
    var minItems: Int?
    var maxItems: Int?
    var requiresUniqueItems: Bool = false
    var patternProperties: [(pattern: String, schema: Schema)] = []
    var properties: [(name: String, schema: Schema)] = []
    var additionalProperties: AdditionalProperties = .allowed
    var requiredKeys: [String] = []
    var minProperties: Int?
    var oneOf: [Schema] = []
    var anyOf: [Schema] = []
    var allOf: [Schema] = []
    var notStorage: [Schema] = []
    var summary: String?
    var defaultValue: SchemaLiteral?
    var deprecation: Deprecation?
    var change: Deprecation?
    var availability: Availability = Availability.always
    var olderForms: [OlderForm] = []
    var isRequiredProperty: Bool = false
    /// The position of each declared key in `properties` (the first, when a name repeats), for
    /// mappings with enough keys that a scan would cost more than a lookup.
    var propertyIndex: [String: Int]?
}

/// A ``Schema``'s fields, shared by copies. Only a node that holds the sole reference changes
/// them (see `Schema.unique()`); shared storage is only read, so instances cross threads safely.
/// For the same reason no access can overlap a change, and the fields skip the run-time
/// exclusivity check that every read of a class's property would otherwise make (validation
/// reads them for every value it checks).
private final class Storage: @unchecked Sendable {
    @exclusivity(unchecked) var fields: Fields

    init(_ fields: Fields) { self.fields = fields }
}
