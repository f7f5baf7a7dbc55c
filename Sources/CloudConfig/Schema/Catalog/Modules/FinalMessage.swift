extension CatalogModule {
    /// TODO(catalog): the keys of cc_final_message.
    static let finalMessage = CatalogModule(
        id: "cc_final_message", moduleName: "final_message",
        summary: "",
        keys: [:])
}
