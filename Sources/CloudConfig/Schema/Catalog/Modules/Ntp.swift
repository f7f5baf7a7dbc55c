extension CatalogModule {
    /// TODO(catalog): the keys of cc_ntp.
    static let ntp = CatalogModule(
        id: "cc_ntp", moduleName: "ntp",
        summary: "",
        keys: [:])
}
