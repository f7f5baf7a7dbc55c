extension AgentBaseline {
    /// Every described variant.
    public static let all: [AgentBaseline] = [
        generic, ubuntu, debian, debian12, suse, coreos, flatcar, mariner,
    ]

    /// The baseline with an identifier.
    ///
    /// - Parameter id: A variant identifier such as `suse`.
    /// - Returns: The baseline, or `nil`.
    public static func variant(_ id: String) -> AgentBaseline? { all.first { $0.id == id } }

    /// The baseline a distribution ships.
    ///
    /// - Parameter distro: A distribution identifier such as `rhel-9`.
    /// - Returns: The baseline, or `nil` for a distribution not described.
    public static func forDistro(_ distro: String) -> AgentBaseline? {
        distroMapping.first { $0.distro == distro }.flatMap { variant($0.baseline) }
    }

    /// Which variant each distribution the generator knows ships, and why.
    public static let distroMapping: [AgentDistroBaseline] = [
        AgentDistroBaseline(
            distro: "ubuntu-20.04", baseline: "ubuntu", evidence: .source,
            reason: "the agent's setup.py installs config/ubuntu for ubuntu"),
        AgentDistroBaseline(
            distro: "ubuntu-22.04", baseline: "ubuntu", evidence: .source,
            reason: "the agent's setup.py installs config/ubuntu for ubuntu"),
        AgentDistroBaseline(
            distro: "ubuntu-24.04", baseline: "ubuntu", evidence: .source,
            reason: "the agent's setup.py installs config/ubuntu for ubuntu"),
        AgentDistroBaseline(
            distro: "debian-11", baseline: "debian", evidence: .open,
            reason: "Debian 11's package defaults are not checked; upstream config/debian is the closest known file"),
        AgentDistroBaseline(
            distro: "debian-12", baseline: "debian-12", evidence: .verified,
            reason: "the waagent 2.7.3.0-4.1 package's /etc/waagent.conf, checked on Debian 12"),
        AgentDistroBaseline(
            distro: "rhel-8", baseline: "generic", evidence: .source,
            reason: "the agent's setup.py installs the generic config/waagent.conf for rhel"),
        AgentDistroBaseline(
            distro: "rhel-9", baseline: "generic", evidence: .source,
            reason: "the agent's setup.py installs the generic config/waagent.conf for rhel"),
        AgentDistroBaseline(
            distro: "centos-7", baseline: "generic", evidence: .source,
            reason: "the agent's setup.py installs the generic config/waagent.conf for centos"),
        AgentDistroBaseline(
            distro: "oracle-8", baseline: "generic", evidence: .inferred,
            reason: "setup.py has no Oracle entry and the agent treats Oracle Linux like RHEL"),
        AgentDistroBaseline(
            distro: "oracle-9", baseline: "generic", evidence: .inferred,
            reason: "setup.py has no Oracle entry and the agent treats Oracle Linux like RHEL"),
        AgentDistroBaseline(
            distro: "sles-15", baseline: "suse", evidence: .source,
            reason: "the agent's setup.py installs config/suse for sles"),
        AgentDistroBaseline(
            distro: "opensuse-leap-15", baseline: "suse", evidence: .source,
            reason: "the agent's setup.py installs config/suse for opensuse"),
        AgentDistroBaseline(
            distro: "flatcar", baseline: "flatcar", evidence: .source,
            reason: "Flatcar 3550 and later carry their own file through a flatcar/scripts patch"),
        AgentDistroBaseline(
            distro: "azurelinux-3", baseline: "mariner", evidence: .source,
            reason: "the agent's setup.py installs config/mariner for mariner and azurelinux"),
    ]

    private static func settings(_ pairs: [(String, AgentValue)]) -> [AgentSetting] {
        pairs.map { AgentSetting($0.0, $0.1) }
    }

    private static let yes = AgentValue.bool(true)
    private static let no = AgentValue.bool(false)

    /// The settings most variants share, in the order the shipped files use; each variant
    /// changes some of them.
    private static func common(
        agent: String = "auto", deleteRoot: AgentValue = yes, regenerate: AgentValue = yes, keyType: String = "rsa",
        monitorHostName: AgentValue = yes, decode: AgentValue = no, format: AgentValue = yes,
        filesystem: String = "ext4", mountPoint: String = "/mnt/resource", mountOptions: AgentValue? = .null
    ) -> [(String, AgentValue)] {
        var pairs: [(String, AgentValue)] = [
            ("Extensions.Enabled", yes),
            ("Provisioning.Agent", .string(agent)),
            ("Provisioning.DeleteRootPassword", deleteRoot),
            ("Provisioning.RegenerateSshHostKeyPair", regenerate),
            ("Provisioning.SshHostKeyPairType", .string(keyType)),
            ("Provisioning.MonitorHostName", monitorHostName),
            ("Provisioning.DecodeCustomData", decode),
            ("Provisioning.ExecuteCustomData", no),
            ("Provisioning.AllowResetSysUser", no),
            ("ResourceDisk.Format", format),
            ("ResourceDisk.Filesystem", .string(filesystem)),
            ("ResourceDisk.MountPoint", .string(mountPoint)),
            ("ResourceDisk.EnableSwap", no),
            ("ResourceDisk.SwapSizeMB", .int(0)),
        ]
        if let mountOptions { pairs.append(("ResourceDisk.MountOptions", mountOptions)) }
        return pairs
    }

    /// `config/waagent.conf`: RHEL, CentOS, Alma, Rocky, Oracle, Fedora.
    public static let generic = AgentBaseline(
        id: "generic", title: "upstream generic file (RHEL, CentOS, Oracle, Alma, Rocky, Fedora)",
        agentVersion: .newest,
        settings: settings(
            [("Extensions.Enabled", yes), ("Extensions.GoalStatePeriod", .int(6))]
                + common().dropFirst().prefix(5) + [("Provisioning.MonitorHostNamePeriod", .int(30))]
                + common().dropFirst(6) + [
                    ("Logs.Verbose", no), ("Logs.Collect", yes), ("Logs.CollectPeriod", .int(3600)),
                    ("OS.EnableFIPS", no), ("OS.RootDeviceScsiTimeout", .string("300")),
                    ("OS.RootDeviceScsiTimeoutPeriod", .int(30)), ("OS.OpensslPath", .null),
                    ("OS.SshDir", .string("/etc/ssh")), ("OS.EnableFirewall", yes),
                    ("OS.EnableFirewallPeriod", .int(30)), ("OS.RemovePersistentNetRulesPeriod", .int(30)),
                    ("OS.MonitorDhcpClientRestartPeriod", .int(30)),
                ]),
        deadSettings: [], evidence: .verified,
        notes: ["comments out Provisioning.PasswordCryptId, HttpProxy.*, Lib.Dir and a Home.Dir key nothing reads"])

    /// `config/ubuntu/waagent.conf`.
    public static let ubuntu = AgentBaseline(
        id: "ubuntu", title: "upstream Ubuntu file", agentVersion: .newest,
        settings: settings(
            common(regenerate: no, monitorHostName: no, format: no, mountPoint: "/mnt") + [
                ("Logs.Verbose", no), ("Logs.Collect", yes), ("Logs.CollectPeriod", .int(3600)),
                ("OS.EnableFIPS", no), ("OS.RootDeviceScsiTimeout", .string("300")), ("OS.OpensslPath", .null),
                ("OS.SshDir", .string("/etc/ssh")), ("OS.EnableFirewall", yes),
            ]),
        deadSettings: [AgentSetting("LBProbeResponder", yes)], evidence: .verified,
        notes: ["mounts the resource disk at /mnt, as cloud-init does, and leaves it to cloud-init (Format=n)"])

    private static let debianSettings: [(String, AgentValue)] =
        common(keyType: "auto") + [
            ("Logs.Verbose", no), ("Logs.Collect", yes), ("Logs.CollectPeriod", .int(3600)), ("OS.EnableFIPS", no),
            ("OS.RootDeviceScsiTimeout", .string("300")), ("OS.OpensslPath", .null), ("OS.SshDir", .string("/etc/ssh")),
        ]

    /// `config/debian/waagent.conf`.
    public static let debian = AgentBaseline(
        id: "debian", title: "upstream Debian file", agentVersion: .newest,
        settings: settings(debianSettings + [("OS.EnableFirewall", no)]),
        deadSettings: [], evidence: .verified, notes: [])

    /// Debian 12's package: upstream's Debian file with provisioning by cloud-init and no
    /// self-update.
    public static let debian12 = AgentBaseline(
        id: "debian-12", title: "Debian 12 package waagent 2.7.3.0-4.1", agentVersion: .debian12,
        settings: settings(
            debianSettings.map { $0.0 == "Provisioning.Agent" ? ($0.0, .string("cloud-init")) : $0 } + [
                ("AutoUpdate.Enabled", no), ("OS.EnableFirewall", no),
            ]),
        deadSettings: [], evidence: .verified,
        notes: [
            "the package also skips the resource disk when cloud-init is enabled, whatever ResourceDisk.Format says"
        ])

    /// `config/suse/waagent.conf`: SLES and openSUSE.
    public static let suse = AgentBaseline(
        id: "suse", title: "upstream SUSE file (SLES, openSUSE)", agentVersion: .newest,
        settings: settings(
            common(filesystem: "btrfs", mountOptions: .string("compress=lzo")) + [
                ("Logs.Verbose", no), ("Logs.Collect", yes), ("Logs.CollectPeriod", .int(3600)),
                ("OS.EnableFIPS", no), ("OS.RootDeviceScsiTimeout", .string("300")), ("OS.OpensslPath", .null),
                ("OS.SshDir", .string("/etc/ssh")), ("OS.EnableFirewall", yes),
            ]),
        deadSettings: [AgentSetting("LBProbeResponder", yes)], evidence: .verified, notes: [])

    /// `config/coreos/waagent.conf`: CoreOS and Flatcar before 3550.
    public static let coreos = AgentBaseline(
        id: "coreos", title: "upstream CoreOS file (Flatcar before 3550)", agentVersion: .newest,
        settings: settings(
            common(deleteRoot: no, regenerate: no, keyType: "ed25519") + [
                ("Logs.Verbose", no), ("OS.EnableFIPS", no), ("OS.SshDir", .string("/etc/ssh")),
                ("OS.RootDeviceScsiTimeout", .string("300")), ("OS.OpensslPath", .null), ("OS.AllowHTTP", yes),
                ("OS.EnableFirewall", yes),
            ]),
        deadSettings: [AgentSetting("LBProbeResponder", yes)], evidence: .verified,
        notes: ["installed as /usr/share/oem/waagent.conf"])

    /// Flatcar 3550 and later.
    public static let flatcar = AgentBaseline(
        id: "flatcar", title: "Flatcar 3550 and later (flatcar/scripts patch)", agentVersion: .newest,
        settings: settings(
            common(agent: "waagent", deleteRoot: no, regenerate: no, keyType: "auto", decode: yes) + [
                ("Logs.Verbose", no), ("OS.EnableFIPS", no), ("OS.SshDir", .string("/etc/ssh")),
                ("OS.RootDeviceScsiTimeout", .string("300")), ("OS.OpensslPath", .null),
                ("AutoUpdate.Enabled", no), ("OS.EnableFirewall", yes),
            ]),
        deadSettings: [AgentSetting("LBProbeResponder", yes)], evidence: .source,
        notes: [
            "installed as /usr/share/waagent/waagent.conf and linked to /etc/waagent.conf unless that file exists",
            "values read in the patch, not in a shipped image; keys the patch leaves alone are taken from "
                + "config/coreos",
        ])

    /// `config/mariner/waagent.conf`: CBL-Mariner and Azure Linux.
    public static let mariner = AgentBaseline(
        id: "mariner", title: "upstream Mariner file (CBL-Mariner, Azure Linux)", agentVersion: .newest,
        settings: settings(
            common(decode: yes, format: no, mountOptions: nil) + [
                ("Logs.Verbose", no), ("OS.EnableFIPS", no), ("OS.RootDeviceScsiTimeout", .string("300")),
                ("OS.OpensslPath", .null), ("OS.SshDir", .string("/etc/ssh")), ("AutoUpdate.GAFamily", .string("Prod")),
                ("OS.EnableFirewall", yes),
            ]),
        deadSettings: [
            AgentSetting("Role.StateConsumer", .null), AgentSetting("Role.ConfigurationConsumer", .null),
            AgentSetting("Role.TopologyConsumer", .null), AgentSetting("Provisioning.Enabled", no),
        ],
        evidence: .verified,
        notes: ["the unit is ordered after cloud-init, and the file leaves the resource disk alone (Format=n)"])
}
