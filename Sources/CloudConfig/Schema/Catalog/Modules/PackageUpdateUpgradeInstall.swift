extension CatalogModule {
    /// TODO(catalog): the keys of cc_package_update_upgrade_install.
    static let packageUpdateUpgradeInstall = CatalogModule(
        id: "cc_package_update_upgrade_install", moduleName: "package_update_upgrade_install",
        summary: "",
        keys: [:])
}
