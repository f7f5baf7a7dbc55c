extension CatalogModule {
    /// `manage_resolv_conf` and `resolv_conf`.
    static let resolvConf = CatalogModule(
        id: "cc_resolv_conf", moduleName: "resolv_conf",
        summary: "Writes /etc/resolv.conf from a template, once per instance. Only for distributions "
            + "where nothing else (systemd-resolved, NetworkManager, netplan) owns the file, such as RHEL, "
            + "Fedora, openSUSE, SLES, Alpine and Photon; elsewhere configure DNS in network-config.",
        keys: [
            "manage_resolv_conf": Schema.boolean.defaultValue(false).doc(
                "Write /etc/resolv.conf from `resolv_conf`. Without true, `resolv_conf` is ignored. "
                    + "Default false."),
            "resolv_conf": Schema.object([
                "nameservers": Schema.types(.array).doc("DNS server addresses, one `nameserver` line each."),
                "searchdomains": Schema.types(.array).doc("Domains for the `search` line."),
                "domain": Schema.string.doc("The local domain, for the `domain` line."),
                "sortlist": Schema.types(.array).doc("Address/netmask pairs for the `sortlist` line."),
                "options": Schema.types(.object).doc(
                    "Resolver options for the `options` line, as name: value; flag options such as "
                        + "`rotate` take true."),
            ])
            .doc("The content of /etc/resolv.conf; needs `manage_resolv_conf: true`."),
        ])
}
