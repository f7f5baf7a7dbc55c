extension CatalogModule {
    /// `mcollective`.
    static let mcollective = CatalogModule(
        id: "cc_mcollective", moduleName: "mcollective",
        summary: "Installs and configures the MCollective server (Puppet's orchestration agent): "
            + "settings in /etc/mcollective/server.cfg and its SSL certificates, then restarts it.",
        keys: [
            "mcollective": Schema.object([
                "conf": Schema.object([
                    "public-cert": Schema.string.doc(
                        "The server's public certificate (PEM), written to "
                            + "/etc/mcollective/ssl/server-public.pem."),
                    "private-cert": Schema.string.doc(
                        "The server's private key (PEM), written to /etc/mcollective/ssl/server-private.pem."),
                ])
                .patternProperty(
                    "^.+$",
                    Schema.oneOf(Schema.boolean, Schema.integer, Schema.string).doc(
                        "A server.cfg setting and its value.")
                )
                .doc("server.cfg settings; `public-cert` and `private-cert` hold certificates instead.")
            ]).doc("MCollective server settings.")
        ])
}
