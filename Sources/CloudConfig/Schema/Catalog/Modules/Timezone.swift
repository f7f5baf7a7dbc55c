extension CatalogModule {
    /// TODO(catalog): the keys of cc_timezone.
    static let timezone = CatalogModule(
        id: "cc_timezone", moduleName: "timezone",
        summary: "",
        keys: [:])
}
