/// One cloud-init module (or group of settings) and the top-level keys it reads.
public struct CatalogModule: Sendable {
    /// The identifier cloud-init's schema uses, such as `cc_write_files` or `base_config`.
    public let id: String
    /// The module's name in its `cloud_*_modules` lists (`write_files`), if it is a module.
    public let moduleName: String?
    /// What the module does, in cloudcfg's own words.
    public let summary: String
    /// The top-level keys, in documentation order.
    public let keys: [(name: String, schema: Schema)]

    /// Creates a module.
    ///
    /// - Parameters:
    ///   - id: The schema identifier.
    ///   - moduleName: The name in the module lists.
    ///   - summary: What the module does.
    ///   - keys: The top-level keys.
    public init(id: String, moduleName: String?, summary: String, keys: KeyValuePairs<String, Schema>) {
        self.id = id
        self.moduleName = moduleName
        self.summary = summary
        self.keys = keys.map { ($0.key, $0.value) }
    }
}
