extension CatalogModule {
    /// `autoinstall`.
    static let ubuntuAutoinstall = CatalogModule(
        id: "cc_ubuntu_autoinstall", moduleName: "ubuntu_autoinstall",
        summary: "Checks that an `autoinstall` section meant for the Ubuntu installer (Subiquity) has "
            + "a version. cloud-init itself does nothing with the section; the installer reads it.",
        keys: [
            "autoinstall": Schema.object(
                [
                    "version": Schema.integer.required.doc("The autoinstall format version; currently 1.")
                ], additional: .allowed
            ).doc(
                "Answers for an unattended Ubuntu Server installation, read by Subiquity, not by "
                    + "cloud-init. Only `version` is checked here; the other keys follow the installer's "
                    + "own reference.")
        ])
}
