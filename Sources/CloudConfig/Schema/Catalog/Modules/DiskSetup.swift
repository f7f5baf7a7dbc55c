extension CatalogModule {
    /// TODO(catalog): the keys of cc_disk_setup.
    static let diskSetup = CatalogModule(
        id: "cc_disk_setup", moduleName: "disk_setup",
        summary: "",
        keys: [:])
}
