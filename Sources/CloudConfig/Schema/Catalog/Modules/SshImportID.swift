extension CatalogModule {
    /// TODO(catalog): the keys of cc_ssh_import_id.
    static let sshImportID = CatalogModule(
        id: "cc_ssh_import_id", moduleName: "ssh_import_id",
        summary: "",
        keys: [:])
}
