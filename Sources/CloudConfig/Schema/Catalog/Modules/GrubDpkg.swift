extension CatalogModule {
    /// TODO(catalog): the keys of cc_grub_dpkg.
    static let grubDpkg = CatalogModule(
        id: "cc_grub_dpkg", moduleName: "grub_dpkg",
        summary: "",
        keys: [:])
}
