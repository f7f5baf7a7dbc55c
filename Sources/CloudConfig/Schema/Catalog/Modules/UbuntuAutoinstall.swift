extension CatalogModule {
    /// TODO(catalog): the keys of cc_ubuntu_autoinstall.
    static let ubuntuAutoinstall = CatalogModule(
        id: "cc_ubuntu_autoinstall", moduleName: "ubuntu_autoinstall",
        summary: "",
        keys: [:])
}
