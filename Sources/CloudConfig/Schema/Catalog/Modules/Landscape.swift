extension CatalogModule {
    /// TODO(catalog): the keys of cc_landscape.
    static let landscape = CatalogModule(
        id: "cc_landscape", moduleName: "landscape",
        summary: "",
        keys: [:])
}
