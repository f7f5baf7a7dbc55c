extension Catalog {
    /// The catalog of cloud-init's system configuration (`/etc/cloud/cloud.cfg` and
    /// `/etc/cloud/cloud.cfg.d/*.cfg`): every cloud-config key, since cloud-init merges the
    /// system configuration with user-data, and the keys only the system configuration sets.
    public static let systemConfig = Catalog(modules: CatalogModule.all)
}
