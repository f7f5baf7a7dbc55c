extension CatalogModule {
    /// TODO(catalog): the keys of cc_ssh_authkey_fingerprints.
    static let sshAuthkeyFingerprints = CatalogModule(
        id: "cc_ssh_authkey_fingerprints", moduleName: "ssh_authkey_fingerprints",
        summary: "",
        keys: [:])
}
