extension CatalogModule {
    /// `zypper`.
    static let zypperAddRepo = CatalogModule(
        id: "cc_zypper_add_repo", moduleName: "zypper_add_repo",
        summary: "openSUSE and SLES: writes zypper repository files and settings in zypp.conf, on every "
            + "boot in the config stage. A repository file that already exists is left alone.",
        keys: [
            "zypper": Schema.object(
                [
                    "repos": Schema.array(
                        Schema.object(
                            [
                                "id": Schema.string.required.doc(
                                    "The repository's unique ID; the file is /etc/zypp/repos.d/<id>.repo."),
                                "baseurl": Schema.string.format(.uri).required.doc("The repository's base URL."),
                            ], additional: .allowed
                        )
                        .doc(
                            "A repository. Other keys (name, enabled, autorefresh, gpgcheck...) are written "
                                + "to its file as given.")
                    )
                    .minItems(1)
                    .doc("Repositories to add."),
                    "config": Schema.types(.object).doc(
                        "Settings written to /etc/zypp/zypp.conf, as zypp.conf key: value."),
                ], additional: .allowed
            )
            .minProperties(1)
            .doc("zypper repositories and settings.")
        ])
}
