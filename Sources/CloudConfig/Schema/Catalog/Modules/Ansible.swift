extension CatalogModule {
    /// TODO(catalog): the keys of cc_ansible.
    static let ansible = CatalogModule(
        id: "cc_ansible", moduleName: "ansible",
        summary: "",
        keys: [:])
}
