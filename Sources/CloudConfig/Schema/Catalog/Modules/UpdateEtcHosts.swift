extension CatalogModule {
    /// TODO(catalog): the keys of cc_update_etc_hosts.
    static let updateEtcHosts = CatalogModule(
        id: "cc_update_etc_hosts", moduleName: "update_etc_hosts",
        summary: "",
        keys: [:])
}
