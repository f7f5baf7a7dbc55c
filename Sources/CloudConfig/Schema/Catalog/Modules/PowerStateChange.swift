extension CatalogModule {
    /// TODO(catalog): the keys of cc_power_state_change.
    static let powerStateChange = CatalogModule(
        id: "cc_power_state_change", moduleName: "power_state_change",
        summary: "",
        keys: [:])
}
