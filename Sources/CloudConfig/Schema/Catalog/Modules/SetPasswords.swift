extension CatalogModule {
    /// TODO(catalog): the keys of cc_set_passwords.
    static let setPasswords = CatalogModule(
        id: "cc_set_passwords", moduleName: "set_passwords",
        summary: "",
        keys: [:])
}
