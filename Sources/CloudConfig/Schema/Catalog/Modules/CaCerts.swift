extension CatalogModule {
    /// TODO(catalog): the keys of cc_ca_certs.
    static let caCerts = CatalogModule(
        id: "cc_ca_certs", moduleName: "ca_certs",
        summary: "",
        keys: [:])
}
