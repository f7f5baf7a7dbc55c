extension CatalogModule {
    /// `chef`.
    static let chef = CatalogModule(
        id: "cc_chef", moduleName: "chef",
        summary: "Installs Chef Infra Client (from packages, gems or the omnibus installer), writes "
            + "its client.rb, validation key and first-boot JSON, and can run it once.",
        keys: [
            "chef": Schema.object([
                "directories": Schema.array(Schema.string).minItems(1).uniqueItems.doc(
                    "Directories to create for Chef, replacing the default set (/etc/chef, "
                        + "/var/log/chef, /var/lib/chef, /var/chef/backup, /var/chef/cache, /var/run/chef)."),
                "config_path": Schema.string.defaultValue("/etc/chef/client.rb").since(after: "22.4.2").doc(
                    "Where to write the client configuration."),
                "validation_cert": Schema.string.doc(
                    "The validation key's PEM content, written to validation_key. `system` keeps a key "
                        + "file that is already in the image."),
                "validation_key": Schema.string.defaultValue("/etc/chef/validation.pem").doc(
                    "The path of the validation key file."),
                "firstboot_path": Schema.string.defaultValue("/etc/chef/firstboot.json").doc(
                    "Where to write the first-boot JSON built from run_list and initial_attributes."),
                "exec": Schema.boolean.defaultValue(false).doc(
                    "Run chef-client once after setting it up. With `install_type: gems` the default "
                        + "is true."),
                "client_key": Schema.string.defaultValue("/etc/chef/client.pem").doc(
                    "The path of the client key file."),
                "encrypted_data_bag_secret": Schema.string.defaultValue(nil).doc(
                    "The path of the secret for encrypted data bags. Unset, Chef looks in "
                        + "/etc/chef/encrypted_data_bag_secret."),
                "environment": Schema.string.defaultValue("_default").doc("The Chef environment of this node."),
                "file_backup_path": Schema.string.defaultValue("/var/chef/backup").doc(
                    "Where Chef keeps backups of files it replaces (22.4.2's default: /var/backups/chef)."),
                "file_cache_path": Schema.string.defaultValue("/var/chef/cache").doc(
                    "Where Chef caches downloaded files (22.4.2's default: /var/cache/chef)."),
                "json_attribs": Schema.string.defaultValue("/etc/chef/firstboot.json").doc(
                    "The JSON attributes file chef-client reads on its first run."),
                "log_level": Schema.string.defaultValue(":info").doc(
                    "Chef's log level, as a Ruby symbol such as `:debug` or `:warn`."),
                "log_location": Schema.string.defaultValue("/var/log/chef/client.log").doc("Chef's log file."),
                "node_name": Schema.string.doc("The node's name on the Chef server; unset, the instance ID."),
                "omnibus_url": Schema.string.defaultValue("https://www.chef.io/chef/install.sh").doc(
                    "The installer script used with `install_type: omnibus`."),
                "omnibus_url_retries": Schema.integer.defaultValue(5).doc(
                    "How many times to retry downloading the omnibus installer."),
                "omnibus_version": Schema.string.doc(
                    "The Chef version the omnibus installer installs; unset, the latest."),
                "pid_file": Schema.string.defaultValue("/var/run/chef/client.pid").doc("Chef's PID file."),
                "server_url": Schema.string.doc("The URL of the Chef server."),
                "show_time": Schema.boolean.defaultValue(true).doc("Print times in Chef's log."),
                "ssl_verify_mode": Schema.string.defaultValue(":verify_none").doc(
                    "How HTTPS certificates are checked: `:verify_none` (not at all, the default) or "
                        + "`:verify_peer`."),
                "validation_name": Schema.string.doc(
                    "The name of the validator client whose key registers this node on first run."),
                "force_install": Schema.boolean.defaultValue(false).doc(
                    "Install Chef even if chef-client is already present."),
                // 26.2 gives this object an `items` schema, which has no effect on objects; mirrored.
                "initial_attributes": Schema.types(.object).items(Schema.string).doc(
                    "Attributes merged into the first-boot JSON for the cookbooks."),
                "install_type": Schema.string(oneOf: "packages", "gems", "omnibus").defaultValue("packages").doc(
                    "How to install Chef: distribution packages, Ruby gems, or the omnibus script."),
                "run_list": Schema.array(Schema.string).doc(
                    "The run list (recipes and roles) written to the first-boot JSON."),
                "chef_license": Schema.string(oneOf: "accept", "accept-silent", "accept-no-persist").doc(
                    "Accept the Chef license so that chef-client runs unattended."),
            ])
            .minProperties(1)
            .doc("Chef Infra Client settings.")
        ])
}
