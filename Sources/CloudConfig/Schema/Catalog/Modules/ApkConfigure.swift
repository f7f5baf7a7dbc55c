extension CatalogModule {
    /// TODO(catalog): the keys of cc_apk_configure.
    static let apkConfigure = CatalogModule(
        id: "cc_apk_configure", moduleName: "apk_configure",
        summary: "",
        keys: [:])
}
