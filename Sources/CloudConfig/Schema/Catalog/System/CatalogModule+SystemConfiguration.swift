extension CatalogModule {
    /// The settings only cloud-init's system configuration (`/etc/cloud/cloud.cfg` and
    /// `/etc/cloud/cloud.cfg.d/*.cfg`) sets: where cloud-init looks for its datasource and how that
    /// datasource behaves, the distribution's settings, logging, and what cloud-init itself does
    /// before it reads user-data. cloud-init has no schema for them; the facts come from its source
    /// (`cloudinit/settings.py`, `cloudinit/stages.py`, `cloudinit/sources/`, the distribution's
    /// `cloud.cfg`) of 22.4.2 and 26.2.
    ///
    /// They come before the cloud-config modules in ``Catalog/systemConfig``, so that their
    /// `system_info`, which user-data may not set, is the one that applies.
    static let systemConfiguration: [CatalogModule] = [.systemDatasource, .systemInfo, .systemBehaviour]

    /// `datasource_list` and `datasource`.
    static let systemDatasource = CatalogModule(
        id: "system_datasource", moduleName: nil,
        summary: "Which datasources cloud-init looks for, in order, and each datasource's settings. On Azure the "
            + "datasource is Azure: it reads the VM's settings from the provisioning ISO (ovf-env.xml) and the "
            + "instance metadata service, and writes the copy of ovf-env.xml the Azure Linux Agent waits for.",
        keys: [
            "datasource_list": Schema.array(Schema.string).doc(
                "The datasources to look for, in order; None, last, lets cloud-init run without one. "
                    + "ds-identify reads the list only when it is written on one line, as `[Azure, None]`."),
            "datasource": Schema.datasourceSettings.doc(
                "Settings for each datasource, under its name as cloud-init spells it (Azure, Ec2, NoCloud, ...)."),
            "datasource_pkg_list": Schema.array(Schema.string).doc(
                "Python packages searched for datasource modules besides cloudinit.sources."),
        ])

    /// `system_info`.
    static let systemInfo = CatalogModule(
        id: "system_info", moduleName: nil,
        summary: "The distribution's settings: which distribution class cloud-init uses, the default user that "
            + "`users: [default]` creates, cloud-init's paths, package mirrors and the SSH service's name.",
        keys: [
            "system_info": Schema.object(
                [
                    "distro": Schema.string.doc(
                        "The distribution class: debian, ubuntu, rhel, centos, sles, opensuse, azurelinux, ..."),
                    // The distribution class reads these keys itself: no schema of user-data, and none of
                    // its version limits (Debian 12's cloud.cfg gives 22.4.2 a list for sudo), applies.
                    "default_user": Schema.object(
                        [
                            "name": Schema.string.doc("The login name; on Azure the VM's admin user name wins."),
                            "lock_passwd": Schema.boolean.doc("Whether the password is locked."),
                            "gecos": Schema.string.doc("The comment field of the account."),
                            "groups": Schema.oneOf(Schema.string, Schema.array(Schema.string)).doc(
                                "Supplementary groups, as a list or a comma-separated string."),
                            "sudo": Schema.any.doc("sudoers rules for the user, one or a list."),
                            "shell": Schema.string.doc("The login shell."),
                        ], additional: .allowed
                    ).doc("The user `default` in `users` stands for."),
                    "paths": Schema.object([
                        "cloud_dir": Schema.string.defaultValue("/var/lib/cloud").doc(
                            "Where cloud-init keeps its state, per instance."),
                        "templates_dir": Schema.string.defaultValue("/etc/cloud/templates/").doc(
                            "Where the templates of generated files are."),
                        "docs_dir": Schema.string.defaultValue("/usr/share/doc/cloud-init/").doc(
                            "Where cloud-init's documentation is installed."),
                        "run_dir": Schema.string.defaultValue("/run/cloud-init").doc(
                            "Where cloud-init keeps what it works out at each boot."),
                    ]).doc("cloud-init's directories."),
                    "package_mirrors": Schema.array(
                        Schema.object(
                            [
                                "arches": Schema.array(Schema.string).doc("The architectures, or default."),
                                "failsafe": Schema.object(
                                    ["primary": Schema.string, "security": Schema.string], additional: .allowed
                                ).doc("The mirrors used when none found by search answers."),
                                "search": Schema.object(
                                    [
                                        "primary": Schema.array(Schema.string),
                                        "security": Schema.array(Schema.string),
                                    ], additional: .allowed
                                ).doc("Mirrors to try, in order."),
                            ], additional: .allowed)
                    ).doc("Package mirrors by architecture."),
                    "ssh_svcname": Schema.string.doc(
                        "The SSH service's name: ssh on Debian and Ubuntu, sshd elsewhere."),
                    "network": Schema.object(
                        [
                            "renderers": Schema.array(Schema.string).doc(
                                "The network configuration renderers to try: netplan, eni, sysconfig, networkd, ..."),
                            "activators": Schema.array(Schema.string).doc(
                                "The tools that bring interfaces up: netplan, networkd, network-manager, eni."),
                        ], additional: .allowed
                    ).doc("How cloud-init writes and applies network configuration."),
                ], additional: .allowed
            ).doc(
                "The distribution's settings. Distributions add their own keys (ntp_client, package_mirrors, ...), "
                    + "which cloudcfg does not check.")
        ])

    /// Settings cloud-init reads from the system configuration before any module runs.
    static let systemBehaviour = CatalogModule(
        id: "system_behaviour", moduleName: nil,
        summary: "What cloud-init itself does before its modules run: logging, network configuration, whether it "
            + "accepts user-data and vendor-data, and where the drop-in directory is.",
        keys: [
            "def_log_file": Schema.string.defaultValue("/var/log/cloud-init.log").doc("cloud-init's log file."),
            "log_cfgs": Schema.array(Schema.any).doc("Python logging configurations, tried in order."),
            "syslog_fix_perms": Schema.oneOf(Schema.string, Schema.array(Schema.string)).doc(
                "The owner:group of the log file, or candidates tried in order."),
            "manual_cache_clean": Schema.boolean.defaultValue(false).doc(
                "Keep the cached instance across boots until `cloud-init clean` removes it, instead of checking "
                    + "for a new instance at every boot."),
            "allow_userdata": Schema.boolean.defaultValue(true).doc(
                "false makes cloud-init discard user-data: nothing given at VM creation applies."),
            "network": Schema.types(.object).doc(
                "Network configuration: `{config: disabled}` leaves the network to the image, otherwise a "
                    + "network configuration (version 1 or 2) that overrides the datasource's."),
            "disable_network_activation": Schema.boolean.defaultValue(false).doc(
                "Write network configuration without bringing the interfaces up."),
            "vendor_data2": Schema.object(
                [
                    "enabled": Schema.boolean.defaultValue(true).doc("Whether vendor-data2 is processed."),
                    "prefix": Schema.oneOf(Schema.string, Schema.array(Schema.string)).doc(
                        "Prepended to vendor-data2 scripts."),
                ]
            ).doc("How the second vendor-data is processed."),
            "disable_vmware_customization": Schema.boolean.doc(
                "Whether the VMware datasource ignores guest customization."),
            "cloud_init_modules": Schema.systemModuleList.doc("The modules run in the init stage, in order."),
            "cloud_config_modules": Schema.systemModuleList.doc("The modules run in the config stage, in order."),
            "cloud_final_modules": Schema.systemModuleList.doc("The modules run in the final stage, in order."),
            "conf_d": Schema.string.doc(
                "In /etc/cloud/cloud.cfg only: the drop-in directory to read instead of /etc/cloud/cloud.cfg.d."),
        ])
}

extension Schema {
    /// The datasources of cloud-init 22.4.2 and 26.2 (`cloudinit/sources/DataSource*.py`), with the
    /// release that added the ones 22.4.2 lacks.
    static let datasourceNames: [(name: String, newerThan2242: Bool)] = [
        ("Akamai", true), ("AliYun", false), ("AltCloud", false), ("Azure", false), ("Bigstep", false),
        ("CloudCIX", true), ("CloudSigma", false), ("CloudStack", false), ("ConfigDrive", false),
        ("DigitalOcean", false), ("Ec2", false), ("Exoscale", false), ("GCE", false), ("Hetzner", false),
        ("IBMCloud", false), ("LXD", false), ("MAAS", false), ("NWCS", false), ("NoCloud", false), ("None", false),
        ("OVF", false), ("OpenNebula", false), ("OpenStack", false), ("Oracle", false), ("RbxCloud", false),
        ("Scaleway", false), ("SmartOS", false), ("UpCloud", false), ("VMware", false), ("Vultr", false),
        ("WSL", true),
    ]

    /// A stage's module list in the system configuration: as in user-data, except that the modules
    /// later releases removed are skipped with a note in the log rather than refused (there is no
    /// schema check of the system configuration), so they are a deprecation, not an error.
    static var systemModuleList: Schema {
        .array(
            .oneOf(
                Schema.any.allowing(Schema.moduleNames),
                Schema.oneOfValues("ubuntu_pro").since("24.1").doc(
                    "The Ubuntu Pro module, named ubuntu_advantage before."),
                Schema.oneOfValues("raspberry_pi").since(after: "22.4.2").doc("The Raspberry Pi module."),
                Schema.oneOfValues("refresh-rmc-and-interface", "refresh_rmc_and_interface").deprecated(
                    "23.2", "cloud-init 23.2 removed this module and skips it; drop it from the list"),
                Schema.oneOfValues("migrator", "rightscale-userdata", "rightscale_userdata").deprecated(
                    "24.1", "cloud-init 24.1 removed this module and skips it; drop it from the list"),
                Schema.types(.array).doc("A module name and how often it runs: always, once or once-per-instance.")
            ))
    }

    /// `datasource`: each datasource's settings under its name; the Azure datasource's in full.
    /// cloud-init looks a datasource's settings up by its exact name, so `azure:` is never read.
    static var datasourceSettings: Schema {
        var schema = Schema.types(.object).additional(.forbidden)
        // Assigned once: every assignment of `properties` indexes them again.
        var properties: [(name: String, schema: Schema)] = []
        for (name, newer) in datasourceNames {
            if name == "Azure" {
                properties.append((name, azureDatasource))
                continue
            }
            let settings = Schema.types(.object).doc("The \(name) datasource's settings.")
            properties.append((name, newer ? settings.since(after: "22.4.2") : settings))
        }
        schema.properties = properties
        return schema
    }

    /// `datasource.Azure` (`BUILTIN_DS_CONFIG` and the keys `DataSourceAzure.py` reads).
    static var azureDatasource: Schema {
        Schema.object([
            "data_dir": Schema.string.defaultValue("/var/lib/waagent").doc(
                "Where cloud-init writes ovf-env.xml for the Azure Linux Agent, which waits for it there: must be "
                    + "the agent's Lib.Dir."),
            "disk_aliases": Schema.map(Schema.string).doc(
                "Device names for disk_setup and mounts; ephemeral0 is /dev/disk/cloud/azure_resource, the "
                    + "resource disk."),
            "apply_network_config": Schema.boolean.defaultValue(true).doc(
                "Configure every NIC from the instance metadata; false configures only the primary NIC by DHCP."),
            "apply_network_config_for_secondary_ips": Schema.boolean.defaultValue(true).since(after: "22.4.2").doc(
                "Also configure the NICs' secondary IP addresses from the instance metadata."),
            "apply_network_config_set_name": Schema.boolean.defaultValue(true).since(after: "22.4.2").doc(
                "Name the NICs (set-name) in the network configuration cloud-init writes."),
            "experimental_fail_on_missing_customdata": Schema.boolean.defaultValue(false).since(after: "22.4.2").doc(
                "Report provisioning as failed when the platform says there is custom data but none arrived."),
            "experimental_skip_ready_report": Schema.boolean.defaultValue(false).since(after: "22.4.2").doc(
                "Do not report Ready to the platform, leaving that to another agent."),
            "never_destroy_ntfs": Schema.boolean.defaultValue(false).doc(
                "Never reformat a resource disk that still holds the NTFS file system Azure creates."),
        ]).doc("The Azure datasource's settings.")
    }
}
