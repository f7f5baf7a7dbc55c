extension CatalogModule {
    /// `ca_certs`, `ca-certs`.
    static let caCerts = CatalogModule(
        id: "cc_ca_certs", moduleName: "ca_certs",
        summary: "Adds CA certificates to the system's trust store, and can first remove the "
            + "distribution's default ones.",
        keys: [
            "ca_certs": Schema.caCertsSettings.doc("Trusted CA certificates to add or remove."),
            // 26.2 writes this as allOf[settings, a node holding only the deprecation]; mirrored.
            "ca-certs": Schema.any.allOf(
                Schema.caCertsSettings,
                Schema.any.deprecated("22.3", "rename the key to ca_certs", renamedTo: "ca_certs")
            ).doc("The older spelling of ca_certs."),
        ])
}

extension Schema {
    /// The settings shared by `ca_certs` and `ca-certs`.
    fileprivate static var caCertsSettings: Schema {
        Schema.object([
            "remove-defaults": Schema.boolean
                .deprecated("22.3", "rename the key to remove_defaults", renamedTo: "remove_defaults")
                .doc("The older spelling of remove_defaults."),
            "remove_defaults": Schema.boolean.defaultValue(false).doc(
                "Remove the distribution's default CA certificates from the trust store before adding "
                    + "`trusted`. Everything that relies on public CAs stops working unless they are "
                    + "added back."),
            "trusted": Schema.array(Schema.string).minItems(1).doc(
                "CA certificates to trust, each a PEM block (use a `|` block scalar)."),
        ])
        .minProperties(1)
    }
}
