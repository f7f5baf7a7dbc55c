extension CatalogModule {
    /// TODO(catalog): the keys of cc_apt_pipelining.
    static let aptPipelining = CatalogModule(
        id: "cc_apt_pipelining", moduleName: "apt_pipelining",
        summary: "",
        keys: [:])
}
