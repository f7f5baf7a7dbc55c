extension CatalogModule {
    /// TODO(catalog): the keys of cc_keys_to_console.
    static let keysToConsole = CatalogModule(
        id: "cc_keys_to_console", moduleName: "keys_to_console",
        summary: "",
        keys: [:])
}
