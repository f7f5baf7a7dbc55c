extension CatalogModule {
    /// `phone_home`.
    static let phoneHome = CatalogModule(
        id: "cc_phone_home", moduleName: "phone_home",
        summary: "Sends an HTTP POST with the instance ID, host names and SSH host public keys to a "
            + "URL at the end of boot, so that a provisioning system learns the machine is up.",
        keys: [
            "phone_home": Schema.object([
                "url": Schema.string.format(.uri).required.doc(
                    "The URL to post to. `$INSTANCE_ID` in it is replaced; `{{ v1.instance_id }}`-style "
                        + "variables need the `## template: jinja` header on the user-data, and then "
                        + "Debian's validator reports the unrendered URL as not a URI."),
                "post": Schema.oneOf(
                    Schema.oneOfValues("all").doc("Every item cloud-init can send."),
                    Schema.array(
                        Schema.string.oneOf(
                            Schema.oneOfValues(
                                "pub_key_rsa", "pub_key_ecdsa", "pub_key_ed25519", "instance_id", "hostname", "fqdn"),
                            // Dropped together with DSA host keys; 22.4.2 still sends it.
                            Schema.oneOfValues("pub_key_dsa").removed(after: "22.4.2").doc(
                                "The DSA host key, which later releases no longer generate or send.")
                        )
                    ).doc("The items to send.")
                ).doc("What to post: `all` (the default) or a list of item names."),
                "tries": Schema.integer.defaultValue(10).doc("How many times to try the request before giving up."),
            ]).doc("Where to report and what to send; `url` is required.")
        ])
}
