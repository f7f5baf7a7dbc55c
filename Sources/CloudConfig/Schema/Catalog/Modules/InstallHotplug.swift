extension CatalogModule {
    /// TODO(catalog): the keys of cc_install_hotplug.
    static let installHotplug = CatalogModule(
        id: "cc_install_hotplug", moduleName: "install_hotplug",
        summary: "",
        keys: [:])
}
