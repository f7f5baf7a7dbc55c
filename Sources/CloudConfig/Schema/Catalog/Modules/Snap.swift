extension CatalogModule {
    /// TODO(catalog): the keys of cc_snap.
    static let snap = CatalogModule(
        id: "cc_snap", moduleName: "snap",
        summary: "",
        keys: [:])
}
