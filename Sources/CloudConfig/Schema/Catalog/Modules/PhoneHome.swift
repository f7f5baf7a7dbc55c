extension CatalogModule {
    /// TODO(catalog): the keys of cc_phone_home.
    static let phoneHome = CatalogModule(
        id: "cc_phone_home", moduleName: "phone_home",
        summary: "",
        keys: [:])
}
