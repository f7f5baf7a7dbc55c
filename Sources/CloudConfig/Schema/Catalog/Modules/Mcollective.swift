extension CatalogModule {
    /// TODO(catalog): the keys of cc_mcollective.
    static let mcollective = CatalogModule(
        id: "cc_mcollective", moduleName: "mcollective",
        summary: "",
        keys: [:])
}
