extension CatalogModule {
    /// TODO(catalog): the keys of cc_growpart.
    static let growpart = CatalogModule(
        id: "cc_growpart", moduleName: "growpart",
        summary: "",
        keys: [:])
}
