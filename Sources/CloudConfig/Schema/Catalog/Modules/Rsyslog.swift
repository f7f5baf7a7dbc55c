extension CatalogModule {
    /// TODO(catalog): the keys of cc_rsyslog.
    static let rsyslog = CatalogModule(
        id: "cc_rsyslog", moduleName: "rsyslog",
        summary: "",
        keys: [:])
}
