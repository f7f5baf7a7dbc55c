/// Everything cloudcfg knows about cloud-config keys: every module of cloud-init 26.2 and the
/// keys it reads, with shapes, allowed values, deprecations and the releases they changed in.
///
/// This is the single source of truth behind validation, `cloudcfg explain` and
/// `cloudcfg schema`. The facts come from cloud-init's schemas (22.4.2 and 26.2) and its
/// documentation; the words are cloudcfg's own.
public struct Catalog: Sendable {
    /// The modules, in cloud-init's schema order.
    public let modules: [CatalogModule]
    /// The schema of a whole cloud-config: a mapping of every top-level key, no other key allowed.
    public internal(set) var root: Schema

    /// The catalog of cloud-config (user-data and vendor-data) keys.
    public static let cloudConfig = Catalog(modules: CatalogModule.all)

    /// Assembles a catalog from modules; a key declared by two modules keeps its first schema.
    ///
    /// - Parameter modules: The modules.
    public init(modules: [CatalogModule]) {
        self.modules = modules
        var root = Schema.types(.object).additional(.forbidden)
        // `properties` is assigned once: every assignment indexes the keys again.
        var keys: [(name: String, schema: Schema)] = []
        var seen = Set<String>()
        for module in modules {
            for key in module.keys where seen.insert(key.name).inserted {
                keys.append(key)
            }
        }
        root.properties = keys
        self.root = root.olderForm(before: "23.4") { root in
            // Unknown top-level keys passed the schema until 23.4 added additionalProperties: false
            // (canonical/cloud-init#4562), and the legacy apt keys were a deprecation only.
            root.additionalProperties = .ignored
            var keys = root.properties
            for (key, replacement) in CatalogModule.legacyAptKeys where !keys.contains(where: { $0.name == key }) {
                let conversion = CatalogModule.legacyAptConversion(key) ?? ""
                keys.append((key, Schema.any.deprecated("22.1", "\(conversion); write \(replacement) instead")))
            }
            root.properties = keys
        }
    }

    /// The modules that read a top-level key.
    ///
    /// - Parameter key: A top-level key.
    /// - Returns: The modules, in order; several for keys such as `hostname`.
    public func modules(reading key: String) -> [CatalogModule] {
        modules.filter { module in module.keys.contains { $0.name == key } }
    }
}
