extension CatalogModule {
    /// `update_hostname`: the host name re-applied on every boot.
    static let updateHostname = CatalogModule(
        id: "cc_update_hostname", moduleName: "update_hostname",
        summary: "Re-applies the host name on every boot, so that a name changed in the metadata (or in "
            + "`hostname`/`fqdn`) reaches the system. `preserve_hostname: true` turns it off.",
        keys: [
            "preserve_hostname": Schema.setHostnamePreserve,
            "prefer_fqdn_over_hostname": Schema.setHostnamePreferFqdn,
            "create_hostname_file": Schema.setHostnameCreateFile,
        ])
}
