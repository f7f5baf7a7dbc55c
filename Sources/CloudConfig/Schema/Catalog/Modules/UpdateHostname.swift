extension CatalogModule {
    /// TODO(catalog): the keys of cc_update_hostname.
    static let updateHostname = CatalogModule(
        id: "cc_update_hostname", moduleName: "update_hostname",
        summary: "",
        keys: [:])
}
