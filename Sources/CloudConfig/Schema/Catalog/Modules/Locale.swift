extension CatalogModule {
    /// TODO(catalog): the keys of cc_locale.
    static let locale = CatalogModule(
        id: "cc_locale", moduleName: "locale",
        summary: "",
        keys: [:])
}
