extension CatalogModule {
    /// TODO(catalog): the keys of cc_apt_configure.
    static let aptConfigure = CatalogModule(
        id: "cc_apt_configure", moduleName: "apt_configure",
        summary: "",
        keys: [:])
}
