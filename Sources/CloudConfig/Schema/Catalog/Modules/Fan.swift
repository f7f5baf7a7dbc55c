extension CatalogModule {
    /// TODO(catalog): the keys of cc_fan.
    static let fan = CatalogModule(
        id: "cc_fan", moduleName: "fan",
        summary: "",
        keys: [:])
}
