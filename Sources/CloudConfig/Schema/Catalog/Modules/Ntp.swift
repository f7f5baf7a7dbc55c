extension CatalogModule {
    /// `ntp`.
    static let ntp = CatalogModule(
        id: "cc_ntp", moduleName: "ntp",
        summary: "Installs and configures an NTP client (chrony, ntp, openntpd, ntpdate or "
            + "systemd-timesyncd, the distribution's choice by default) with the servers and pools given.",
        keys: [
            "ntp": Schema.types(.null, .object)
                .adding([
                    "pools": Schema.array(Schema.string.format(.hostname)).uniqueItems.doc(
                        "NTP pool host names. With neither pools nor servers, four pools "
                            + "`0-3.<distro>.pool.ntp.org` are used. The Busybox client on Alpine ignores pools."),
                    "servers": Schema.array(Schema.string.format(.hostname)).uniqueItems.doc(
                        "NTP server host names."),
                    "peers": Schema.array(Schema.string.format(.hostname)).uniqueItems.since(after: "22.4.2").doc(
                        "NTP peers: hosts that synchronise with this one both ways."),
                    "allow": Schema.array(Schema.string).uniqueItems.since(after: "22.4.2").doc(
                        "Networks (CIDR, such as `10.0.0.0/8`) allowed to query this host's NTP server."),
                    "ntp_client": Schema.string.defaultValue("auto").doc(
                        "The client to set up: `chrony`, `ntp`, `openntpd`, `ntpdate`, "
                            + "`systemd-timesyncd`, or `auto` for the distribution's preferred one."),
                    "enabled": Schema.boolean.defaultValue(true).doc(
                        "Set up NTP. `false` leaves the client neither installed nor configured."),
                    "config": Schema.ntpClientConfig,
                ])
                .additional(.forbidden)
                .doc(
                    "NTP settings. The key's presence turns the module on: even an empty `ntp:` sets "
                        + "up the default client with default pools.")
        ])
}

extension Schema {
    /// `ntp.config`: overrides of the built-in settings for the chosen client.
    fileprivate static var ntpClientConfig: Schema {
        Schema.object([
            "confpath": Schema.string.doc("The client's configuration file."),
            "check_exe": Schema.string.doc(
                "The executable whose presence shows the client is installed, such as `ntpd` or `chronyd`."),
            "packages": Schema.array(Schema.string).uniqueItems.doc("The packages to install for the client."),
            "service_name": Schema.string.doc("The service to restart after configuring the client."),
            "template": Schema.string.doc(
                "A Jinja template for the configuration file, starting with `## template:jinja`; it "
                    + "can use servers, pools, peers and allow."),
        ])
        .minProperties(1)
        .doc("Overrides of the settings cloud-init has built in for the chosen ntp_client.")
    }
}
