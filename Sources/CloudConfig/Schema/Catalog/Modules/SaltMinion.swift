extension CatalogModule {
    /// `salt_minion`.
    static let saltMinion = CatalogModule(
        id: "cc_salt_minion", moduleName: "salt_minion",
        summary: "Installs and configures a Salt minion, once per instance in the final stage: writes its "
            + "configuration, grains and keys, then enables and restarts the service.",
        keys: [
            "salt_minion": Schema.object([
                "pkg_name": Schema.string.defaultValue("salt-minion").doc(
                    "The package to install. Default salt-minion."),
                "service_name": Schema.string.defaultValue("salt-minion").doc(
                    "The service to enable and restart. Default salt-minion."),
                "config_dir": Schema.string.defaultValue("/etc/salt").doc(
                    "The configuration directory. Default /etc/salt."),
                "conf": Schema.types(.object).doc(
                    "Minion settings (such as `master`), written as YAML to <config_dir>/minion."),
                "grains": Schema.types(.object).doc("Grains, written as YAML to <config_dir>/grains."),
                "public_key": Schema.string.doc("The minion's public key, written to <pki_dir>/minion.pub."),
                "private_key": Schema.string.doc(
                    "The minion's private key, written to <pki_dir>/minion.pem. Readable by whoever can "
                        + "read the user-data."),
                "pki_dir": Schema.string.doc("The directory for the keys. Default <config_dir>/pki/minion."),
            ])
            .doc("Salt minion settings.")
        ])
}
