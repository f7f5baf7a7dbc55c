extension CatalogModule {
    /// TODO(catalog): the keys of cc_byobu.
    static let byobu = CatalogModule(
        id: "cc_byobu", moduleName: "byobu",
        summary: "",
        keys: [:])
}
