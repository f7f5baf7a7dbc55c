extension CatalogModule {
    /// TODO(catalog): the keys of root.
    static let rootOnly = CatalogModule(
        id: "root", moduleName: nil,
        summary: "",
        keys: [:])
}
