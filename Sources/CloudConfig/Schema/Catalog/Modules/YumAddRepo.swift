extension CatalogModule {
    /// TODO(catalog): the keys of cc_yum_add_repo.
    static let yumAddRepo = CatalogModule(
        id: "cc_yum_add_repo", moduleName: "yum_add_repo",
        summary: "",
        keys: [:])
}
