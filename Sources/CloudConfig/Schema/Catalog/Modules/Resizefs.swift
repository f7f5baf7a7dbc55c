extension CatalogModule {
    /// TODO(catalog): the keys of cc_resizefs.
    static let resizefs = CatalogModule(
        id: "cc_resizefs", moduleName: "resizefs",
        summary: "",
        keys: [:])
}
