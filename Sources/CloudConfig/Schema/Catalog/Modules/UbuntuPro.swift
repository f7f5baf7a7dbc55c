extension CatalogModule {
    /// `ubuntu_pro`, formerly `ubuntu_advantage`.
    static let ubuntuPro = CatalogModule(
        id: "cc_ubuntu_pro", moduleName: "ubuntu_pro",
        summary: "Ubuntu only: attaches the machine to an Ubuntu Pro subscription with the `pro` client, "
            + "once per instance, configures the client's proxies and enables Pro services such as "
            + "esm-infra, fips or livepatch.",
        keys: [
            "ubuntu_pro": Schema.ubuntuProSettings.since("24.1").doc(
                "Ubuntu Pro settings (before 24.1 the key was named ubuntu_advantage)."),
            "ubuntu_advantage": Schema.ubuntuProSettings
                .deprecated("24.1", "use ubuntu_pro, which takes the same settings", renamedTo: "ubuntu_pro")
                .doc("The former name of ubuntu_pro, with the same settings."),
        ])
}

extension Schema {
    /// The settings under `ubuntu_pro` and `ubuntu_advantage`.
    static var ubuntuProSettings: Schema {
        Schema.object([
            "enable": Schema.array(Schema.string).doc(
                "Services to enable, such as esm-infra, fips, fips-updates, livepatch, cis or cc-eal, in "
                    + "addition to those the contract enables by default. On Ubuntu Pro images the list "
                    + "replaces those defaults. Services the release or contract lacks stay off; beta "
                    + "services here are an error (use enable_beta)."),
            "enable_beta": Schema.array(Schema.string).doc(
                "Beta services to enable, in addition to the contract's defaults."),
            "token": Schema.string.doc(
                "The contract token (from ubuntu.com/pro) to attach with. Needed except on Ubuntu Pro "
                    + "images, which attach on their own."),
            "features": Schema.object([
                "disable_auto_attach": Schema.boolean.defaultValue(false).doc(
                    "On Ubuntu Pro images, do not attempt automatic attachment at each boot "
                        + "(ua-auto-attach.service). Default false.")
            ])
            .doc("Behaviour of the client on Ubuntu Pro images."),
            "config": Schema.object(
                [
                    "http_proxy": Schema.ubuntuProProxy("The HTTP proxy the pro client uses."),
                    "https_proxy": Schema.ubuntuProProxy("The HTTPS proxy the pro client uses."),
                    "global_apt_http_proxy": Schema.ubuntuProProxy(
                        "The HTTP proxy for every APT repository, written to "
                            + "/etc/apt/apt.conf.d/90ubuntu-advantage-aptproxy."),
                    "global_apt_https_proxy": Schema.ubuntuProProxy(
                        "The HTTPS proxy for every APT repository, written to "
                            + "/etc/apt/apt.conf.d/90ubuntu-advantage-aptproxy."),
                    "ua_apt_http_proxy": Schema.ubuntuProProxy(
                        "The HTTP proxy for the Ubuntu Pro APT repositories only, written to "
                            + "/etc/apt/apt.conf.d/90ubuntu-advantage-aptproxy."),
                    "ua_apt_https_proxy": Schema.ubuntuProProxy(
                        "The HTTPS proxy for the Ubuntu Pro APT repositories only, written to "
                            + "/etc/apt/apt.conf.d/90ubuntu-advantage-aptproxy."),
                ], additional: .allowed
            )
            .doc("Settings for the pro client (as `pro config set` takes them); other keys pass through."),
        ])
    }

    /// A proxy setting of `ubuntu_pro.config`.
    ///
    /// - Parameter text: What the proxy is for.
    /// - Returns: The schema.
    static func ubuntuProProxy(_ text: String) -> Schema {
        Schema.types(.string, .null).format(.uri).doc(text + " A URL, or null to unset it.")
    }
}
