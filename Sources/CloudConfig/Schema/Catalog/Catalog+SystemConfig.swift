extension Catalog {
    /// The catalog of cloud-init's system configuration (`/etc/cloud/cloud.cfg` and
    /// `/etc/cloud/cloud.cfg.d/*.cfg`): the keys only the system configuration sets
    /// (`datasource_list`, `datasource`, `system_info`, ...),
    /// then every cloud-config key, since cloud-init merges the system configuration with
    /// user-data and the modules read both.
    public static let systemConfig: Catalog = {
        var catalog = Catalog(modules: CatalogModule.systemConfiguration + CatalogModule.all)
        // Images hold YAML anchors under keys no one reads (Debian's 05_logging.cfg has `_log`).
        catalog.root.patternProperties.append(
            ("^_", Schema.any.doc("cloud-init reads no key that starts with _; images keep YAML anchors under one.")))
        return catalog
    }()

    /// The top-level keys only the system configuration sets (`datasource`, `system_info`, ...):
    /// user-data does not read them, or reads them differently.
    public static let systemConfigOnlyKeys: Set<String> = Set(
        CatalogModule.systemConfiguration.flatMap { $0.keys.map(\.name) })
}
