extension CatalogModule {
    /// TODO(catalog): the keys of cc_set_hostname.
    static let setHostname = CatalogModule(
        id: "cc_set_hostname", moduleName: "set_hostname",
        summary: "",
        keys: [:])
}
