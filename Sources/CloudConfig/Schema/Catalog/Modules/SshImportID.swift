extension CatalogModule {
    /// `ssh_import_id`: public keys fetched from GitHub or Launchpad.
    static let sshImportID = CatalogModule(
        id: "cc_ssh_import_id", moduleName: "ssh_import_id",
        summary: "Adds public keys fetched from GitHub or Launchpad with the ssh-import-id tool (which "
            + "must be installed) to the default user, and to users with their own `ssh_import_id`.",
        keys: [
            "ssh_import_id": Schema.array(
                Schema.string.doc("An ID such as `gh:octocat` or `lp:name`; without a prefix, Launchpad.")
            )
            .doc("IDs whose public keys are added to the default user's authorized keys.")
        ])
}
