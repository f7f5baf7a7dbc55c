extension AgentCatalog {
    private typealias R = AgentReading

    private static func both(_ reading: AgentReading) -> [AgentRelease: AgentReading] {
        [.agent273: reading, .agent215: reading]
    }

    private static func only215(_ reading: AgentReading) -> [AgentRelease: AgentReading] {
        [.agent215: reading]
    }

    private static func only273(_ reading: AgentReading) -> [AgentRelease: AgentReading] {
        [.agent273: reading]
    }

    /// The options, section by section.
    static let allOptions: [AgentOption] =
        extensions + provisioning + resourceDisk + logs + operatingSystem + paths + autoUpdate + other + debug

    private static let extensions: [AgentOption] = [
        AgentOption(
            key: "Extensions.Enabled", kind: .switch,
            summary: "whether the agent runs VM extensions; with n it still reports status but runs none",
            readings: both(R.switched("get_extensions_enabled", true))),
        AgentOption(
            key: "Extensions.GoalStatePeriod", kind: .integer,
            summary: "seconds between polls for a new goal state",
            readings: both(R.integer("get_goal_state_period", 6))),
        AgentOption(
            key: "Extensions.InitialGoalStatePeriod", kind: .integer,
            summary: "seconds between goal-state polls right after start; defaults to Extensions.GoalStatePeriod",
            readings: both(
                R.following(
                    "get_initial_goal_state_period", .integer, "Extensions.GoalStatePeriod", listed: .int(6)))),
        AgentOption(
            key: "Extensions.GoalStateHistoryCleanupPeriod", kind: .integer,
            summary: "seconds between clean-ups of the goal-state history",
            notes: ["read by 2.7.3 only; later agents ignore it"],
            readings: only273(R.integer("get_goal_state_history_cleanup_period", 1800))),
        AgentOption(
            key: "Extensions.WaitForCloudInit", kind: .switch,
            summary: "whether extensions wait for cloud-init to finish (cloud-init status --wait) before they run",
            notes: [
                "set y when user-data installs packages and extensions could race for the package manager's lock",
                "new after 2.7.3 (Azure/WALinuxAgent#3031, January 2024); must be in the image to affect the first boot",
            ],
            readings: only215(R.switched("get_wait_for_cloud_init", false))),
        AgentOption(
            key: "Extensions.WaitForCloudInitTimeout", kind: .integer,
            summary: "seconds to wait for cloud-init when Extensions.WaitForCloudInit is y",
            notes: [
                "the accessor reads it as a switch: any number is ignored and the wait is always 3600 seconds"
            ],
            readings: only215(R.custom("get_wait_for_cloud_init_timeout", .switch, .int(3600), listed: .int(3600)))),
    ]

    private static let provisioning: [AgentOption] = [
        AgentOption(
            key: "Provisioning.Agent", kind: .enumeration,
            summary: "who provisions the VM from ovf-env.xml: the agent, cloud-init, or nobody",
            allowedValues: ["auto", "waagent", "cloud-init", "disabled"],
            notes: [
                "auto uses cloud-init when `systemctl is-enabled cloud-init-local.service` says enabled, the agent "
                    + "otherwise; write the provisioner explicitly",
                "any other value, including a typo or another case (cloudinit, Cloud-Init, cloud-int), disables "
                    + "provisioning: the VM reports Ready with no user and no SSH key",
                "waagent refuses to provision when cloud-init is enabled in the image",
            ],
            readings: both(R.string("get_provisioning_agent", "auto"))),
        AgentOption(
            key: "Provisioning.DeleteRootPassword", kind: .switch,
            summary: "whether the root password is deleted at provisioning and at -deprovision",
            readings: both(R.switched("get_delete_root_password", false))),
        AgentOption(
            key: "Provisioning.RegenerateSshHostKeyPair", kind: .switch,
            summary: "whether agent provisioning regenerates the SSH host keys; also makes -deprovision delete them",
            readings: both(R.switched("get_regenerate_ssh_host_key", false))),
        AgentOption(
            key: "Provisioning.SshHostKeyPairType", kind: .enumeration,
            summary:
                "the SSH host key type generated, and the one whose public key the agent waits for under cloud-init",
            allowedValues: ["rsa", "dsa", "ecdsa", "ed25519", "auto"],
            notes: [
                "auto generates every type (ssh-keygen -A) and reports the rsa thumbprint",
                "under cloud-init provisioning the agent waits up to 30 minutes for "
                    + "/etc/ssh/ssh_host_<type>_key.pub: cloud-init must generate that type",
            ],
            readings: both(R.string("get_ssh_host_keypair_mode", "rsa"))),
        AgentOption(
            key: "Provisioning.MonitorHostName", kind: .switch,
            summary: "whether the agent re-publishes the hostname through DHCP when it changes",
            readings: both(R.switched("get_monitor_hostname", false))),
        AgentOption(
            key: "Provisioning.MonitorHostNamePeriod", kind: .integer,
            summary: "seconds between hostname checks when Provisioning.MonitorHostName is y",
            readings: both(R.integer("get_monitor_hostname_period", 30))),
        AgentOption(
            key: "Provisioning.DecodeCustomData", kind: .switch,
            summary: "whether agent provisioning base64-decodes CustomData into /var/lib/waagent/CustomData",
            notes: ["only agent provisioning reads it; cloud-init consumes CustomData itself"],
            readings: both(R.switched("get_decode_customdata", false))),
        AgentOption(
            key: "Provisioning.ExecuteCustomData", kind: .switch,
            summary: "whether agent provisioning runs CustomData as a script before reporting Ready",
            notes: [
                "implies decoding; the script counts against the platform's 40-minute provisioning limit",
                "only agent provisioning reads it",
            ],
            readings: both(R.switched("get_execute_customdata", false))),
        AgentOption(
            key: "Provisioning.AllowResetSysUser", kind: .switch,
            summary: "whether the password of a system account (uid below 1000) may be reset",
            readings: both(R.switched("get_allow_reset_sys_user", false))),
        AgentOption(
            key: "Provisioning.PasswordCryptId", kind: .enumeration,
            summary: "the crypt(3) hash of the admin password set by agent provisioning: 1 MD5, 2a Blowfish, "
                + "5 SHA-256, 6 SHA-512",
            allowedValues: ["1", "2a", "5", "6"],
            readings: both(R.string("get_password_cryptid", "6"))),
        AgentOption(
            key: "Provisioning.PasswordCryptSaltLength", kind: .integer,
            summary: "the salt length of the admin password hash set by agent provisioning",
            readings: both(R.integer("get_password_crypt_salt_len", 10))),
    ]

    private static let resourceDisk: [AgentOption] = [
        AgentOption(
            key: "ResourceDisk.Format", kind: .switch,
            summary: "whether the agent formats and mounts the resource (temporary) disk",
            notes: [
                "runs whatever provisions the VM, before provisioning; set n when cloud-init provisions, or both "
                    + "manage the same disk",
                "the code default is n although README.md and Azure's documentation say y",
                "Debian's package skips the resource disk when cloud-init is enabled",
            ],
            readings: both(R.switched("get_resourcedisk_format", false))),
        AgentOption(
            key: "ResourceDisk.Filesystem", kind: .string,
            summary: "the file system made on the resource disk (any X with a mkfs.X)",
            notes: ["the code default is ext3; shipped files say ext4"],
            readings: both(R.string("get_resourcedisk_filesystem", "ext3"))),
        AgentOption(
            key: "ResourceDisk.MountPoint", kind: .string,
            summary: "where the resource disk is mounted",
            notes: ["the swap file is <MountPoint>/swapfile"],
            readings: both(R.string("get_resourcedisk_mountpoint", "/mnt/resource"))),
        AgentOption(
            key: "ResourceDisk.MountOptions", kind: .string,
            summary: "a comma-separated list passed to mount -o for the resource disk",
            readings: both(R.string("get_resourcedisk_mountoptions", nil))),
        AgentOption(
            key: "ResourceDisk.EnableSwap", kind: .switch,
            summary: "whether a swap file is made on the resource disk",
            notes: [
                "acts only when ResourceDisk.Format is y, the disk got mounted and ResourceDisk.SwapSizeMB is above 0"
            ],
            readings: both(R.switched("get_resourcedisk_enable_swap", false))),
        AgentOption(
            key: "ResourceDisk.EnableSwapEncryption", kind: .switch,
            summary: "whether the swap file is encrypted (FreeBSD only)",
            readings: both(R.switched("get_resourcedisk_enable_swap_encryption", false))),
        AgentOption(
            key: "ResourceDisk.SwapSizeMB", kind: .integer,
            summary: "the size of the swap file in MiB, a plain number (2048, not 2048MB)",
            readings: both(R.integer("get_resourcedisk_swap_size_mb", 0))),
    ]

    private static let logs: [AgentOption] = [
        AgentOption(
            key: "Logs.Verbose", kind: .switch, summary: "whether the agent logs at verbose level",
            readings: both(R.switched("get_logs_verbose", false))),
        AgentOption(
            key: "Logs.Console", kind: .switch, summary: "whether the agent also logs to the console",
            readings: both(R.switched("get_logs_console", true))),
        AgentOption(
            key: "Logs.Collect", kind: .switch, summary: "whether the agent collects its logs periodically",
            readings: both(R.switched("get_collect_logs", true))),
        AgentOption(
            key: "Logs.CollectPeriod", kind: .integer, summary: "seconds between log collections",
            readings: both(R.integer("get_collect_logs_period", 3600))),
    ]

    private static let operatingSystem: [AgentOption] = [
        AgentOption(
            key: "OS.AllowHTTP", kind: .switch, summary: "whether the agent may use plain HTTP",
            readings: both(R.switched("get_allow_http", false))),
        AgentOption(
            key: "OS.EnableFirewall", kind: .switch,
            summary: "whether the agent firewalls the WireServer (168.63.129.16) to root-owned processes",
            readings: both(R.switched("enable_firewall", false))),
        AgentOption(
            key: "OS.EnableFirewallPeriod", kind: .integer, summary: "seconds between firewall rule checks",
            notes: ["the default is 30 in 2.7.3 and 300 in 2.15"],
            readings: [
                .agent273: R.integer("get_enable_firewall_period", 30),
                .agent215: R.integer("get_enable_firewall_period", 300),
            ]),
        AgentOption(
            key: "OS.EnableFIPS", kind: .switch, summary: "whether the agent runs OpenSSL in FIPS mode",
            readings: both(R.switched("get_fips_enabled", false))),
        AgentOption(
            key: "OS.EnableRDMA", kind: .switch,
            summary: "whether the agent sets up RDMA (HPC sizes); also on when OS.UpdateRdmaDriver or "
                + "OS.CheckRdmaDriver is y",
            readings: both(
                R.switched("enable_rdma", false, or: ["OS.UpdateRdmaDriver", "OS.CheckRdmaDriver"]))),
        AgentOption(
            key: "OS.UpdateRdmaDriver", kind: .switch, summary: "whether the agent updates the RDMA driver",
            readings: both(R.switched("enable_rdma_update", false))),
        AgentOption(
            key: "OS.CheckRdmaDriver", kind: .switch, summary: "whether the agent checks the RDMA driver version",
            notes: ["the accessor's default is y; the option table that -show-configuration prints says n"],
            readings: both(R.switched("enable_check_rdma_driver", true, .value(.bool(false))))),
        AgentOption(
            key: "OS.RootDeviceScsiTimeout", kind: .string,
            summary: "seconds written to the root device's SCSI timeout, read as text; unset leaves the kernel's",
            readings: both(R.string("get_root_device_scsi_timeout", nil))),
        AgentOption(
            key: "OS.RootDeviceScsiTimeoutPeriod", kind: .integer,
            summary: "seconds between checks of the root device's SCSI timeout",
            readings: both(R.integer("get_root_device_scsi_timeout_period", 30))),
        AgentOption(
            key: "OS.RemovePersistentNetRulesPeriod", kind: .integer,
            summary: "seconds between removals of persistent network udev rules",
            readings: both(R.integer("get_remove_persistent_net_rules_period", 30))),
        AgentOption(
            key: "OS.MonitorDhcpClientRestartPeriod", kind: .integer,
            summary: "seconds between checks that the DHCP client restarted",
            readings: both(R.integer("get_monitor_dhcp_client_restart_period", 30))),
        AgentOption(
            key: "OS.SshClientAliveInterval", kind: .integer,
            summary: "the ClientAliveInterval agent provisioning writes to sshd_config",
            notes: ["the accessor returns the text as written (a number only when unset)"],
            readings: both(R.custom("get_ssh_client_alive_interval", .string, .int(180), listed: .int(180)))),
        AgentOption(
            key: "OS.SshDir", kind: .string, summary: "the SSH configuration directory",
            readings: both(R.string("get_ssh_dir", "/etc/ssh"))),
        AgentOption(
            key: "OS.OpensslPath", kind: .string, summary: "the openssl binary",
            readings: both(R.string("get_openssl_cmd", "/usr/bin/openssl"))),
        AgentOption(
            key: "OS.HomeDir", kind: .string, summary: "where agent provisioning creates home directories",
            notes: ["shipped files carry a commented Home.Dir, a key nothing reads"],
            readings: both(R.string("get_home_dir", "/home"))),
        AgentOption(
            key: "OS.PasswordPath", kind: .string, summary: "the shadow password file",
            readings: both(R.string("get_passwd_file_path", "/etc/shadow"))),
        AgentOption(
            key: "OS.SudoersDir", kind: .string, summary: "where agent provisioning writes the admin's sudoers file",
            readings: both(R.string("get_sudoers_dir", "/etc/sudoers.d"))),
    ]

    private static let paths: [AgentOption] = [
        AgentOption(
            key: "Lib.Dir", kind: .string, summary: "the agent's state directory",
            notes: ["must equal cloud-init's datasource.Azure.data_dir (both default to /var/lib/waagent)"],
            readings: both(R.string("get_lib_dir", "/var/lib/waagent"))),
        AgentOption(
            key: "DVD.MountPoint", kind: .string, summary: "where the provisioning DVD (ovf-env.xml) is mounted",
            readings: both(R.string("get_dvd_mount_point", "/mnt/cdrom/secure"))),
        AgentOption(
            key: "Pid.File", kind: .string, summary: "the agent's PID file",
            readings: both(R.string("get_agent_pid_file_path", "/var/run/waagent.pid"))),
        AgentOption(
            key: "Extension.LogDir", kind: .string, summary: "where extensions write their logs",
            readings: both(R.string("get_ext_log_dir", "/var/log/azure"))),
        AgentOption(
            key: "Policy.PolicyFilePath", kind: .string, summary: "the extension policy file",
            readings: only215(R.string("get_policy_file_path", "/etc/waagent_policy.json"))),
    ]

    private static let autoUpdate: [AgentOption] = [
        AgentOption(
            key: "AutoUpdate.Enabled", kind: .switch,
            summary: "legacy switch for agent self-update; n keeps the image's installed agent",
            notes: ["in 2.15 AutoUpdate.UpdateToLatestVersion wins when both are set"],
            readings: both(R.switched("get_autoupdate_enabled", true))),
        AgentOption(
            key: "AutoUpdate.UpdateToLatestVersion", kind: .switch,
            summary: "whether the agent downloads and runs the newest agent; defaults to AutoUpdate.Enabled",
            notes: ["n uses the newest agent already on the VM without downloading more"],
            readings: only215(
                R.following(
                    "get_auto_update_to_latest_version", .switch, "AutoUpdate.Enabled", listed: .bool(true))),
            since: "2.10.0.8"),
        AgentOption(
            key: "AutoUpdate.GAFamily", kind: .string, summary: "the agent update family; should not be changed",
            readings: both(R.string("get_autoupdate_gafamily", "Prod"))),
        AgentOption(
            key: "Autoupdate.Frequency", kind: .integer,
            summary: "seconds between checks for agent updates (note the lower-case u)",
            readings: both(R.integer("get_autoupdate_frequency", 3600))),
    ]

    private static let other: [AgentOption] = [
        AgentOption(
            key: "HttpProxy.Host", kind: .string, summary: "the HTTP proxy host for the agent and extensions",
            readings: both(R.string("get_httpproxy_host", nil))),
        AgentOption(
            key: "HttpProxy.Port", kind: .integer, summary: "the HTTP proxy port",
            readings: both(R.integer("get_httpproxy_port", nil))),
        AgentOption(
            key: "DetectScvmmEnv", kind: .switch, summary: "whether the agent looks for System Center VMM",
            readings: both(R.switched("get_detect_scvmm_env", false))),
        AgentOption(
            key: "EnableOverProvisioning", kind: .switch,
            summary: "whether the agent supports scale-set over-provisioning",
            readings: both(R.switched("get_enable_overprovisioning", true))),
        AgentOption(
            key: "CGroups.Enabled", kind: .switch,
            summary: "whether the agent uses cgroups to limit itself and extensions",
            notes: ["read by an accessor but not in the option tables, so -show-configuration does not print it"],
            readings: both(R.switched("get_cgroups_enabled", true, .unlisted))),
        AgentOption(
            key: "Monitor.NetworkConfigurationChanges", kind: .switch,
            summary: "whether the agent watches for network configuration changes",
            readings: both(R.switched("get_monitor_network_configuration_changes", false, .unlisted))),
        AgentOption(
            key: "Protocol.EndpointDiscovery", kind: .enumeration,
            summary: "how the agent finds the WireServer: dhcp, or anything else for the fixed 168.63.129.16",
            allowedValues: ["dhcp", "static"],
            readings: only215(R.string("get_protocol_endpoint_discovery", "dhcp"))),
    ]

    private static let debug: [AgentOption] = [
        AgentOption(
            key: "Debug.CgroupCheckPeriod", kind: .integer, summary: "seconds between cgroup checks (experimental)",
            readings: both(R.integer("get_cgroup_check_period", 300))),
        AgentOption(
            key: "Debug.CgroupLogMetrics", kind: .switch, summary: "whether cgroup metrics are logged (experimental)",
            readings: both(R.switched("get_cgroup_log_metrics", false))),
        AgentOption(
            key: "Debug.CgroupDisableOnProcessCheckFailure", kind: .switch,
            summary: "whether cgroups are disabled when the process check fails (experimental)",
            readings: both(R.switched("get_cgroup_disable_on_process_check_failure", true))),
        AgentOption(
            key: "Debug.CgroupDisableOnQuotaCheckFailure", kind: .switch,
            summary: "whether cgroups are disabled when the CPU quota check fails (experimental)",
            readings: both(R.switched("get_cgroup_disable_on_quota_check_failure", true))),
        AgentOption(
            key: "Debug.CgroupMonitorExpiryTime", kind: .string,
            summary: "when cgroup monitoring of pilot extensions ends (experimental)",
            readings: only273(R.string("get_cgroup_monitor_expiry_time", "2022-03-31"))),
        AgentOption(
            key: "Debug.CgroupMonitorExtensionName", kind: .string,
            summary: "the extension whose cgroup is monitored (experimental)",
            readings: only273(
                R.string("get_cgroup_monitor_extension_name", "Microsoft.Azure.Monitor.AzureMonitorLinuxAgent"))),
        AgentOption(
            key: "Debug.AgentCpuQuota", kind: .integer,
            summary: "the agent's CPU quota in percent of one CPU (experimental)",
            notes: ["the default is 75 in 2.7.3 and 50 in 2.15"],
            readings: [
                .agent273: R.integer("get_agent_cpu_quota", 75), .agent215: R.integer("get_agent_cpu_quota", 50),
            ]),
        AgentOption(
            key: "Debug.AgentCpuThrottledTimeThreshold", kind: .integer,
            summary: "seconds of CPU throttling the agent tolerates (experimental)",
            readings: only215(R.integer("get_agent_cpu_throttled_time_threshold", 120))),
        AgentOption(
            key: "Debug.AgentMemoryQuota", kind: .integer, summary: "the agent's memory quota in bytes (experimental)",
            readings: only215(R.integer("get_agent_memory_quota", 31_457_280))),
        AgentOption(
            key: "Debug.EnableAgentMemoryUsageCheck", kind: .switch,
            summary: "whether the agent checks its memory usage (experimental)",
            readings: only215(R.switched("get_enable_agent_memory_usage_check", false))),
        AgentOption(
            key: "Debug.EnableFastTrack", kind: .switch,
            summary: "whether goal states come through Fast Track (experimental)",
            readings: both(R.switched("get_enable_fast_track", true))),
        AgentOption(
            key: "Debug.EnableGAVersioning", kind: .switch,
            summary: "whether the agent follows the version requested in the goal state (experimental)",
            notes: ["the default is n in 2.7.3 and y in 2.15"],
            readings: [
                .agent273: R.switched("get_enable_ga_versioning", false),
                .agent215: R.switched("get_enable_ga_versioning", true),
            ]),
        AgentOption(
            key: "Debug.EnableCgroupV2ResourceLimiting", kind: .switch,
            summary: "whether the log collector is limited with cgroup v2 (experimental)",
            notes: ["the accessor's default is y; the option table that -show-configuration prints says n"],
            readings: only215(
                R.switched("get_enable_cgroup_v2_resource_limiting", true, .value(.bool(false))))),
        AgentOption(
            key: "Debug.EnableExtensionPolicy", kind: .switch,
            summary: "whether the extension policy file is enforced (experimental)",
            readings: only215(R.switched("get_extension_policy_enabled", false))),
        AgentOption(
            key: "Debug.EnableSignatureValidation", kind: .switch,
            summary: "whether extension package signatures are validated (experimental)",
            readings: only215(R.switched("get_signature_validation_enabled", false))),
        AgentOption(
            key: "Debug.EnableRsmDowngrade", kind: .switch,
            summary: "whether the agent downgrades when the goal state requests an older version (experimental)",
            readings: only215(R.switched("get_enable_rsm_downgrade", false, .unlisted))),
        AgentOption(
            key: "Debug.EtpCollectionPeriod", kind: .integer,
            summary: "seconds between extension telemetry collections (experimental)",
            readings: both(R.integer("get_etp_collection_period", 300))),
        AgentOption(
            key: "Debug.FirewallRulesLogPeriod", kind: .integer,
            summary: "seconds between logs of the firewall rules (experimental)",
            readings: only215(R.integer("get_firewall_rules_log_period", 86400))),
        AgentOption(
            key: "Debug.LogCollectorInitialDelay", kind: .integer,
            summary: "seconds before the first log collection (experimental)",
            readings: only215(R.integer("get_log_collector_initial_delay", 300))),
        AgentOption(
            key: "Debug.AutoUpdateHotfixFrequency", kind: .integer,
            summary: "seconds between checks for hotfix agent updates (experimental)",
            notes: ["2.15 still lists it for -show-configuration but reads Debug.SelfUpdateHotfixFrequency"],
            readings: [
                .agent273: R.integer("get_hotfix_upgrade_frequency", 14400),
                .agent215: R.integer(nil, 14400),
            ],
            replacement: "Debug.SelfUpdateHotfixFrequency"),
        AgentOption(
            key: "Debug.AutoUpdateNormalFrequency", kind: .integer,
            summary: "seconds between checks for regular agent updates (experimental)",
            notes: ["2.15 still lists it for -show-configuration but reads Debug.SelfUpdateRegularFrequency"],
            readings: [
                .agent273: R.integer("get_normal_upgrade_frequency", 86400),
                .agent215: R.integer(nil, 86400),
            ],
            replacement: "Debug.SelfUpdateRegularFrequency"),
        AgentOption(
            key: "Debug.SelfUpdateHotfixFrequency", kind: .integer,
            summary: "seconds between checks for hotfix agent updates (experimental)",
            readings: only215(R.integer("get_self_update_hotfix_frequency", 14400, .unlisted))),
        AgentOption(
            key: "Debug.SelfUpdateRegularFrequency", kind: .integer,
            summary: "seconds between checks for regular agent updates (experimental)",
            readings: only215(R.integer("get_self_update_regular_frequency", 86400, .unlisted))),
    ]

    /// Keys no current agent reads.
    static let allObsoleteOptions: [AgentObsoleteOption] = [
        AgentObsoleteOption(
            key: "Provisioning.Enabled", replacement: "Provisioning.Agent",
            note: "removed in 2.2.45; Provisioning.Agent decides who provisions"),
        AgentObsoleteOption(
            key: "Provisioning.UseCloudInit", replacement: "Provisioning.Agent",
            note: "no longer read; Provisioning.Agent decides who provisions"),
        AgentObsoleteOption(key: "LBProbeResponder", replacement: nil, note: "not read by any current agent"),
        AgentObsoleteOption(key: "Role.StateConsumer", replacement: nil, note: "not read by any current agent"),
        AgentObsoleteOption(key: "Role.ConfigurationConsumer", replacement: nil, note: "not read by any current agent"),
        AgentObsoleteOption(key: "Role.TopologyConsumer", replacement: nil, note: "not read by any current agent"),
        AgentObsoleteOption(key: "Home.Dir", replacement: "OS.HomeDir", note: "never read; the key is OS.HomeDir"),
        AgentObsoleteOption(
            key: "CGroups.EnforceLimits", replacement: nil, note: "documented in README.md but not read"),
        AgentObsoleteOption(key: "CGroups.Excluded", replacement: nil, note: "documented in README.md but not read"),
        AgentObsoleteOption(
            key: "OS.SshdConfigPath", replacement: "OS.SshDir",
            note: "not read; the agent uses sshd_config under OS.SshDir"),
        AgentObsoleteOption(key: "Network.Interface", replacement: nil, note: "not read by any current agent"),
    ]
}
