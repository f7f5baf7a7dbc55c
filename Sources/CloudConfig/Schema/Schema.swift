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
    public init() { storage = Storage() }

    /// The storage, copied first if another node shares it.
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(copying: storage) }
        return storage
    }

    /// The allowed types; `nil` allows any value.
    public var types: Set<JSONType>? {
        get { storage.types }
        _modify { yield &unique().types }
    }
    /// The allowed values, if restricted to a list.
    public var allowedValues: [SchemaLiteral]? {
        get { storage.allowedValues }
        _modify { yield &unique().allowedValues }
    }
    /// A regular expression (Python syntax, searched, not anchored) that strings must match.
    public var pattern: String? {
        get { storage.pattern }
        set { unique().pattern = newValue }
    }
    /// A format that strings must have.
    public var format: SchemaFormat? {
        get { storage.format }
        set { unique().format = newValue }
    }
    /// The smallest number allowed.
    public var minimum: Double? {
        get { storage.minimum }
        set { unique().minimum = newValue }
    }
    /// The largest number allowed.
    public var maximum: Double? {
        get { storage.maximum }
        set { unique().maximum = newValue }
    }
    /// The schema every item of a list must match (JSON Schema `items` as one schema).
    public var items: Schema? {
        get { storage.itemStorage.first }
        set { unique().itemStorage = newValue.map { [$0] } ?? [] }
    }
    /// Schemas for the first items of a list, by position (JSON Schema `items` as a list).
    public var tupleItems: [Schema]? {
        get { storage.tupleItems }
        _modify { yield &unique().tupleItems }
    }
    /// Whether items past `tupleItems` are allowed.
    public var additionalItemsAllowed: Bool {
        get { storage.additionalItemsAllowed }
        set { unique().additionalItemsAllowed = newValue }
    }
    /// The fewest items a list may have.
    public var minItems: Int? {
        get { storage.minItems }
        set { unique().minItems = newValue }
    }
    /// The most items a list may have.
    public var maxItems: Int? {
        get { storage.maxItems }
        set { unique().maxItems = newValue }
    }
    /// Whether the items of a list must be distinct.
    public var requiresUniqueItems: Bool {
        get { storage.requiresUniqueItems }
        set { unique().requiresUniqueItems = newValue }
    }
    /// The declared keys of a mapping, in documentation order.
    public var properties: [(name: String, schema: Schema)] {
        get { storage.properties }
        _modify {
            let storage = unique()
            yield &storage.properties
            storage.propertyIndex = Self.index(storage.properties)
        }
    }
    /// Schemas for keys matching regular expressions, in order.
    public var patternProperties: [(pattern: String, schema: Schema)] {
        get { storage.patternProperties }
        _modify { yield &unique().patternProperties }
    }
    /// What a mapping accepts besides its declared keys.
    public var additionalProperties: AdditionalProperties {
        get { storage.additionalProperties }
        set { unique().additionalProperties = newValue }
    }
    /// Keys a mapping must have.
    public var requiredKeys: [String] {
        get { storage.requiredKeys }
        _modify { yield &unique().requiredKeys }
    }
    /// The fewest keys a mapping may have.
    public var minProperties: Int? {
        get { storage.minProperties }
        set { unique().minProperties = newValue }
    }
    /// Alternatives of which exactly one must match.
    public var oneOf: [Schema] {
        get { storage.oneOf }
        _modify { yield &unique().oneOf }
    }
    /// Alternatives of which at least one must match.
    public var anyOf: [Schema] {
        get { storage.anyOf }
        _modify { yield &unique().anyOf }
    }
    /// Schemas that must all match.
    public var allOf: [Schema] {
        get { storage.allOf }
        _modify { yield &unique().allOf }
    }
    /// A schema that must not match.
    public var not: Schema? {
        get { storage.notStorage.first }
        set { unique().notStorage = newValue.map { [$0] } ?? [] }
    }

    /// What the key or value is for, in cloudcfg's own words.
    public var summary: String? {
        get { storage.summary }
        set { unique().summary = newValue }
    }
    /// The value cloud-init uses when the key is absent.
    public var defaultValue: SchemaLiteral? {
        get { storage.defaultValue }
        set { unique().defaultValue = newValue }
    }
    /// Set when cloud-init deprecates the key (`deprecated` in its schema).
    public var deprecation: Deprecation? {
        get { storage.deprecation }
        set { unique().deprecation = newValue }
    }
    /// Set when cloud-init deprecates this form of a value (`changed` in its schema).
    public var change: Deprecation? {
        get { storage.change }
        set { unique().change = newValue }
    }
    /// Since when cloud-init acts on it, and whether it was dropped.
    public var availability: Availability {
        get { storage.availability }
        set { unique().availability = newValue }
    }
    /// How the node read in older releases, for targets before each change (see
    /// ``olderForm(through:_:)``).
    var olderForms: [OlderForm] {
        get { storage.olderForms }
        _modify { yield &unique().olderForms }
    }
    /// Whether an enclosing object requires this property; read by the object builder.
    var isRequiredProperty: Bool {
        get { storage.isRequiredProperty }
        set { unique().isRequiredProperty = newValue }
    }

    /// Where a declared property is in ``properties``: by the index for large objects, by a
    /// scan otherwise.
    package func propertyPosition(_ name: String) -> Int? {
        if let propertyIndex = storage.propertyIndex { return propertyIndex[name] }
        return properties.firstIndex { $0.name == name }
    }

    /// The declared property with a name, if any.
    ///
    /// - Parameter name: A key.
    /// - Returns: The property's schema.
    public func property(_ name: String) -> Schema? {
        if let propertyIndex = storage.propertyIndex { return propertyIndex[name].map { properties[$0].schema } }
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

/// The fields of a ``Schema``. Only a node that holds the sole reference changes them (see
/// `Schema.unique()`); shared storage is only read, so instances cross threads safely. For the
/// same reason no access can overlap a change, and the fields skip the run-time exclusivity
/// check that every read of a class's property would otherwise make (validation reads them for
/// every value it checks).
private final class Storage: @unchecked Sendable {
    @exclusivity(unchecked) var types: Set<JSONType>?
    @exclusivity(unchecked) var allowedValues: [SchemaLiteral]?
    @exclusivity(unchecked) var pattern: String?
    @exclusivity(unchecked) var format: SchemaFormat?
    @exclusivity(unchecked) var minimum: Double?
    @exclusivity(unchecked) var maximum: Double?
    @exclusivity(unchecked) var itemStorage: [Schema] = []
    @exclusivity(unchecked) var tupleItems: [Schema]?
    @exclusivity(unchecked) var additionalItemsAllowed: Bool = true
    @exclusivity(unchecked) var minItems: Int?
    @exclusivity(unchecked) var maxItems: Int?
    @exclusivity(unchecked) var requiresUniqueItems: Bool = false
    @exclusivity(unchecked) var patternProperties: [(pattern: String, schema: Schema)] = []
    @exclusivity(unchecked) var properties: [(name: String, schema: Schema)] = []
    @exclusivity(unchecked) var additionalProperties: AdditionalProperties = .allowed
    @exclusivity(unchecked) var requiredKeys: [String] = []
    @exclusivity(unchecked) var minProperties: Int?
    @exclusivity(unchecked) var oneOf: [Schema] = []
    @exclusivity(unchecked) var anyOf: [Schema] = []
    @exclusivity(unchecked) var allOf: [Schema] = []
    @exclusivity(unchecked) var notStorage: [Schema] = []
    @exclusivity(unchecked) var summary: String?
    @exclusivity(unchecked) var defaultValue: SchemaLiteral?
    @exclusivity(unchecked) var deprecation: Deprecation?
    @exclusivity(unchecked) var change: Deprecation?
    @exclusivity(unchecked) var availability: Availability = Availability.always
    @exclusivity(unchecked) var olderForms: [OlderForm] = []
    @exclusivity(unchecked) var isRequiredProperty: Bool = false
    /// The position of each declared key in `properties` (the first, when a name repeats), for
    /// mappings with enough keys that a scan would cost more than a lookup.
    @exclusivity(unchecked) var propertyIndex: [String: Int]?

    init() {}

    /// A copy of another node's fields.
    init(copying other: Storage) {
        types = other.types
        allowedValues = other.allowedValues
        pattern = other.pattern
        format = other.format
        minimum = other.minimum
        maximum = other.maximum
        itemStorage = other.itemStorage
        tupleItems = other.tupleItems
        additionalItemsAllowed = other.additionalItemsAllowed
        minItems = other.minItems
        maxItems = other.maxItems
        requiresUniqueItems = other.requiresUniqueItems
        patternProperties = other.patternProperties
        properties = other.properties
        additionalProperties = other.additionalProperties
        requiredKeys = other.requiredKeys
        minProperties = other.minProperties
        oneOf = other.oneOf
        anyOf = other.anyOf
        allOf = other.allOf
        notStorage = other.notStorage
        summary = other.summary
        defaultValue = other.defaultValue
        deprecation = other.deprecation
        change = other.change
        availability = other.availability
        olderForms = other.olderForms
        isRequiredProperty = other.isRequiredProperty
        propertyIndex = other.propertyIndex
    }
}
