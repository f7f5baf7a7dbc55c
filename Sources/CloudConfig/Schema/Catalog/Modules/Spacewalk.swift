extension CatalogModule {
    /// TODO(catalog): the keys of cc_spacewalk.
    static let spacewalk = CatalogModule(
        id: "cc_spacewalk", moduleName: "spacewalk",
        summary: "",
        keys: [:])
}
