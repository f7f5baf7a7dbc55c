extension CatalogModule {
    /// TODO(catalog): the keys of cc_salt_minion.
    static let saltMinion = CatalogModule(
        id: "cc_salt_minion", moduleName: "salt_minion",
        summary: "",
        keys: [:])
}
