extension CatalogModule {
    /// TODO(catalog): the keys of cc_chef.
    static let chef = CatalogModule(
        id: "cc_chef", moduleName: "chef",
        summary: "",
        keys: [:])
}
