extension CatalogModule {
    /// TODO(catalog): the keys of cc_ubuntu_drivers.
    static let ubuntuDrivers = CatalogModule(
        id: "cc_ubuntu_drivers", moduleName: "ubuntu_drivers",
        summary: "",
        keys: [:])
}
