extension CatalogModule {
    /// TODO(catalog): the keys of cc_mounts.
    static let mounts = CatalogModule(
        id: "cc_mounts", moduleName: "mounts",
        summary: "",
        keys: [:])
}
