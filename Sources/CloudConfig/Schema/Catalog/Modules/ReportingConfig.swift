extension CatalogModule {
    /// TODO(catalog): the keys of reporting_config.
    static let reportingConfig = CatalogModule(
        id: "reporting_config", moduleName: nil,
        summary: "",
        keys: [:])
}
