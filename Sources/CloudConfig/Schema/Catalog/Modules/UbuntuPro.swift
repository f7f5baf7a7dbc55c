extension CatalogModule {
    /// TODO(catalog): the keys of cc_ubuntu_pro.
    static let ubuntuPro = CatalogModule(
        id: "cc_ubuntu_pro", moduleName: "ubuntu_pro",
        summary: "",
        keys: [:])
}
