extension CatalogModule {
    /// `wireguard`.
    static let wireguard = CatalogModule(
        id: "cc_wireguard", moduleName: "wireguard",
        summary: "Sets up WireGuard interfaces, once per instance in the config stage: installs the tools "
            + "if needed, writes each interface's configuration, starts it with wg-quick, then runs "
            + "optional readiness probes.",
        keys: [
            "wireguard": Schema.types(.null, .object)
                .adding([
                    "interfaces": Schema.array(
                        Schema.object([
                            "name": Schema.string.doc("The interface's name, such as wg0."),
                            "config_path": Schema.string.doc(
                                "Where to write its configuration, such as /etc/wireguard/wg0.conf."),
                            "content": Schema.string.doc(
                                "The wg-quick configuration: the [Interface] with its private key, and the "
                                    + "[Peer] sections."),
                        ])
                        .doc("An interface; cloud-init needs all three keys.")
                    )
                    .minItems(1)
                    .required
                    .doc("The interfaces to set up."),
                    "readinessprobe": Schema.array(Schema.string).uniqueItems.doc(
                        "Shell commands run after the interfaces are up, such as `ping -c1 10.0.0.1`, to "
                            + "check they work; one that fails makes the module fail."),
                ])
                .minProperties(1)
                .additional(.forbidden)
                .doc(
                    "WireGuard interfaces. The private keys in `content` are readable by whoever can read "
                        + "the user-data.")
        ])
}
