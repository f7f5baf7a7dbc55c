extension CatalogModule {
    /// TODO(catalog): the keys of cc_keyboard.
    static let keyboard = CatalogModule(
        id: "cc_keyboard", moduleName: "keyboard",
        summary: "",
        keys: [:])
}
