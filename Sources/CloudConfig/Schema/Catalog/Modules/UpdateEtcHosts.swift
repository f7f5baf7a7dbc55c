extension CatalogModule {
    /// `update_etc_hosts`: the instance's own entry in /etc/hosts.
    static let updateEtcHosts = CatalogModule(
        id: "cc_update_etc_hosts", moduleName: "update_etc_hosts",
        summary: "Keeps the instance's own names in /etc/hosts on every boot, either by rendering the "
            + "whole file from a template or by maintaining a single 127.0.1.1 line. Off by default.",
        keys: [
            "manage_etc_hosts": Schema.oneOf(
                Schema.oneOfValues(true, false, "localhost").doc(
                    "true renders the file, `localhost` maintains one line, false leaves it alone."),
                Schema.oneOfValues("template")
                    .changed("22.3", "use true, which renders the same template")
                    .doc("The old spelling of true.")
            )
            .defaultValue(false)
            .doc(
                "How to manage /etc/hosts. true: rewrite it on every boot from the distribution's "
                    + "template (/etc/cloud/templates/hosts.<distro>.tmpl), so manual edits are lost; edit "
                    + "the template instead. `localhost`: only add or update a 127.0.1.1 line for the FQDN "
                    + "and host name. false (default): leave the file alone."),
            "fqdn": Schema.setHostnameFqdn,
            "hostname": Schema.setHostnameHostname,
        ])
}
