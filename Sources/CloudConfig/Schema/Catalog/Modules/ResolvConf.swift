extension CatalogModule {
    /// TODO(catalog): the keys of cc_resolv_conf.
    static let resolvConf = CatalogModule(
        id: "cc_resolv_conf", moduleName: "resolv_conf",
        summary: "",
        keys: [:])
}
