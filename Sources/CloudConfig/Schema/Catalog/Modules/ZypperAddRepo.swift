extension CatalogModule {
    /// TODO(catalog): the keys of cc_zypper_add_repo.
    static let zypperAddRepo = CatalogModule(
        id: "cc_zypper_add_repo", moduleName: "zypper_add_repo",
        summary: "",
        keys: [:])
}
