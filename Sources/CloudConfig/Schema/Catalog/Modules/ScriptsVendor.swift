extension CatalogModule {
    /// TODO(catalog): the keys of cc_scripts_vendor.
    static let scriptsVendor = CatalogModule(
        id: "cc_scripts_vendor", moduleName: "scripts_vendor",
        summary: "",
        keys: [:])
}
