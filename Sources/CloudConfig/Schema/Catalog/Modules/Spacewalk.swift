extension CatalogModule {
    /// `spacewalk`.
    static let spacewalk = CatalogModule(
        id: "cc_spacewalk", moduleName: "spacewalk",
        summary: "Red Hat and Fedora only: registers the system with a Spacewalk server (with rhnreg_ks), "
            + "installing the client first, unless it is already registered.",
        keys: [
            "spacewalk": Schema.object([
                "server": Schema.string.doc("The Spacewalk server's host name; nothing happens without it."),
                "proxy": Schema.string.doc("A proxy to reach the server through."),
                "activation_key": Schema.string.doc("The activation key to register with."),
            ])
            .doc("Spacewalk registration.")
        ])
}
