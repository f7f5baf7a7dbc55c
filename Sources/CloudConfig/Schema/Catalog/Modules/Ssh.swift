extension CatalogModule {
    /// TODO(catalog): the keys of cc_ssh.
    static let ssh = CatalogModule(
        id: "cc_ssh", moduleName: "ssh",
        summary: "",
        keys: [:])
}
