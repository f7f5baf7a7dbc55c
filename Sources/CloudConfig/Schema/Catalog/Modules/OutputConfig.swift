extension CatalogModule {
    /// TODO(catalog): the keys of output_config.
    static let outputConfig = CatalogModule(
        id: "output_config", moduleName: nil,
        summary: "",
        keys: [:])
}
