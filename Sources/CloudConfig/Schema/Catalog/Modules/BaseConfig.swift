extension CatalogModule {
    /// Settings cloud-init reads outside any module: module lists, merging and launch index.
    static let baseConfig = CatalogModule(
        id: "base_config", moduleName: nil,
        summary: "Settings cloud-init itself reads rather than a module: which modules run in each "
            + "stage, how this part merges with others, and which instance of a multi-instance "
            + "launch the part is for.",
        keys: [
            "cloud_init_modules": Schema.moduleList.doc(
                "The modules run in the init stage, in order, replacing the image's list."),
            "cloud_config_modules": Schema.moduleList.doc(
                "The modules run in the config stage, in order, replacing the image's list."),
            "cloud_final_modules": Schema.moduleList.doc(
                "The modules run in the final stage, in order, replacing the image's list."),
            "launch-index": Schema.integer.doc(
                "Apply this part only to the instance with this index in a multi-instance launch."),
            "merge_how": Schema.mergeRules.doc(
                "How this part merges with the parts before it (for example "
                    + "`list(append)+dict(no_replace,recurse_list)+str()`). Removed from the part "
                    + "before merging."),
            "merge_type": Schema.mergeRules.doc(
                "The older name of merge_how, read only when merge_how is absent."),
            "system_info": Schema.types(.object)
                .doc(
                    "Distribution settings (default user, package mirrors, paths) that belong in the image's system configuration."
                )
                .deprecated(
                    "24.2", "set system_info in /etc/cloud/cloud.cfg.d/ in the image, not in user-data or vendor-data"),
        ])
}

extension Schema {
    /// The module names both 22.4.2 and 26.2 accept in a module list, in both spellings.
    static let moduleNames: [SchemaLiteral] = [
        "ansible", "apk-configure", "apk_configure", "apt-configure", "apt_configure",
        "apt-pipelining", "apt_pipelining", "bootcmd", "byobu", "ca-certs", "ca_certs", "chef",
        "disable-ec2-metadata", "disable_ec2_metadata", "disk-setup", "disk_setup", "fan",
        "final-message", "final_message", "growpart", "grub-dpkg", "grub_dpkg", "install-hotplug",
        "install_hotplug", "keyboard", "keys-to-console", "keys_to_console", "landscape", "locale",
        "lxd", "mcollective", "mounts", "ntp", "package-update-upgrade-install",
        "package_update_upgrade_install", "phone-home", "phone_home", "power-state-change",
        "power_state_change", "puppet", "reset-rmc", "reset_rmc", "resizefs",
        "resolv-conf", "resolv_conf", "rh-subscription", "rh_subscription", "rsyslog", "runcmd",
        "salt-minion", "salt_minion", "scripts-per-boot", "scripts_per_boot", "scripts-per-instance",
        "scripts_per_instance", "scripts-per-once", "scripts_per_once", "scripts-user", "scripts_user",
        "scripts-vendor", "scripts_vendor", "seed-random", "seed_random", "set-hostname",
        "set_hostname", "set-passwords", "set_passwords", "snap", "spacewalk", "ssh",
        "ssh-authkey-fingerprints", "ssh_authkey_fingerprints", "ssh-import-id", "ssh_import_id",
        "timezone", "ubuntu-advantage", "ubuntu_advantage", "ubuntu-autoinstall", "ubuntu_autoinstall",
        "ubuntu-drivers", "ubuntu_drivers", "update-etc-hosts", "update_etc_hosts",
        "update-hostname", "update_hostname", "users-groups", "users_groups", "wireguard",
        "write-files", "write_files", "write-files-deferred", "write_files_deferred", "yum-add-repo",
        "yum_add_repo", "zypper-add-repo", "zypper_add_repo",
    ]

    /// A module name in a stage's list: one both releases know, one added after 22.4.2, or one
    /// of the modules 22.4.2 still had (Debian 12's /etc/cloud/cloud.cfg lists `migrator`,
    /// `refresh_rmc_and_interface` and `rightscale_userdata`).
    static var moduleName: Schema {
        .oneOf(
            Schema.any.allowing(Schema.moduleNames),
            Schema.oneOfValues("ubuntu_pro").since("24.1").doc("The Ubuntu Pro module, named ubuntu_advantage before."),
            Schema.oneOfValues("raspberry_pi").since(after: "22.4.2").doc("The Raspberry Pi module."),
            Schema.oneOfValues(
                "migrator", "refresh-rmc-and-interface", "refresh_rmc_and_interface", "rightscale-userdata",
                "rightscale_userdata"
            ).removed(after: "22.4.2").doc("Modules of 22.4.2 that later releases dropped.")
        )
    }

    /// A stage's module list: names, or `[name, frequency]` pairs.
    ///
    /// cloud-init's schema describes the pair with `prefixItems`, a keyword its draft-04 validator
    /// ignores, so any list passes there; the runtime needs a name and a known frequency.
    static var moduleList: Schema {
        .array(
            .oneOf(
                Schema.moduleName,
                Schema.types(.array).doc("A module name and how often it runs: always, once or once-per-instance.")
            ))
    }

    /// `merge_how` and `merge_type`: a rule string or a list of `{name, settings}`.
    static var mergeRules: Schema {
        .oneOf(
            .string,
            Schema.array(
                .object([
                    "name": .string(oneOf: "list", "dict", "str").required.doc("The type of value the rule merges."),
                    "settings": .array(
                        .string(
                            oneOf: "allow_delete", "no_replace", "replace", "append", "prepend",
                            "recurse_dict", "recurse_list", "recurse_array", "recurse_str")
                    ).required.doc("How values of that type merge."),
                ])
            ).minItems(1)
        )
    }
}

extension Schema {
    /// Restricts values to a list given as an array.
    func allowing(_ values: [SchemaLiteral]) -> Schema {
        var copy = self
        copy.allowedValues = values
        return copy
    }
}
