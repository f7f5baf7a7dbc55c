extension CatalogModule {
    /// TODO(catalog): the keys of cc_users_groups.
    static let usersGroups = CatalogModule(
        id: "cc_users_groups", moduleName: "users_groups",
        summary: "",
        keys: [:])
}
