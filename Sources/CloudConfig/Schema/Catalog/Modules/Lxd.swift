extension CatalogModule {
    /// TODO(catalog): the keys of cc_lxd.
    static let lxd = CatalogModule(
        id: "cc_lxd", moduleName: "lxd",
        summary: "",
        keys: [:])
}
