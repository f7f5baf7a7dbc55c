extension CatalogModule {
    /// TODO(catalog): the keys of cc_puppet.
    static let puppet = CatalogModule(
        id: "cc_puppet", moduleName: "puppet",
        summary: "",
        keys: [:])
}
