extension CatalogModule {
    /// `puppet`.
    static let puppet = CatalogModule(
        id: "cc_puppet", moduleName: "puppet",
        summary: "Installs the Puppet agent (distribution packages or Puppet's all-in-one packages), "
            + "writes puppet.conf and CSR attributes, and starts the agent or runs it once.",
        keys: [
            "puppet": Schema.object([
                "install": Schema.boolean.defaultValue(true).doc(
                    "Install Puppet. With `false`, Puppet must already be in the image."),
                "version": Schema.string.doc("The version to install; unset, the newest available."),
                "install_type": Schema.string(oneOf: "packages", "aio").defaultValue("packages").doc(
                    "`packages`: the distribution's packages; `aio`: Puppet's all-in-one packages from "
                        + "its own repositories. The default paths of conf_file, ssl_dir and "
                        + "csr_attributes_path depend on it."),
                "collection": Schema.string.doc(
                    "With `aio`, the release stream to install, such as `puppet7` or `puppet8` (a "
                        + "`-nightly` suffix selects nightly builds)."),
                "aio_install_url": Schema.string.doc("With `aio`, the URL of the install script."),
                "cleanup": Schema.boolean.defaultValue(true).doc(
                    "With `aio`, remove Puppet's repository again after installing."),
                "conf_file": Schema.string.doc("The path of puppet.conf."),
                "ssl_dir": Schema.string.doc("Puppet's SSL directory."),
                "csr_attributes_path": Schema.string.doc("The path of csr_attributes.yaml."),
                "package_name": Schema.string.doc("With `packages`, the package to install (default `puppet`)."),
                "exec": Schema.boolean.defaultValue(false).doc("Run the agent once after configuring it."),
                "exec_args": Schema.array(Schema.string).doc(
                    "Arguments for that run of `puppet agent` (default `--test`)."),
                "start_service": Schema.boolean.defaultValue(true).doc(
                    "Enable and start the agent service; `false` leaves Puppet to be run by hand or by exec."),
                "conf": Schema.puppetConf,
                "csr_attributes": Schema.object([
                    "custom_attributes": Schema.types(.object).doc("Custom attributes of the certificate request."),
                    "extension_requests": Schema.types(.object).doc(
                        "Extensions to request in the certificate."),
                ]).doc("The content of csr_attributes.yaml, read when the agent requests its certificate."),
            ]).doc("Puppet agent settings.")
        ])
}

extension Schema {
    /// `puppet.conf`: puppet.conf sections plus the CA certificate.
    fileprivate static var puppetConf: Schema {
        Schema.object([
            "main": Schema.types(.object).doc("Settings of the [main] section."),
            "server": Schema.types(.object).doc("Settings of the [server] section."),
            "agent": Schema.types(.object).doc("Settings of the [agent] section."),
            "user": Schema.types(.object).doc("Settings of the [user] section."),
            "ca_cert": Schema.string.doc(
                "The Puppet server's CA certificate (PEM), installed as the agent's CA rather than "
                    + "written to puppet.conf."),
        ]).doc(
            "Settings written to puppet.conf, by section. In `certname`, `%i` stands for the instance ID "
                + "and `%f` for the FQDN.")
    }
}
