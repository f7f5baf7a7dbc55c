// Facts about each distribution, with their evidence (labels of distros.md section 0). Sources
// outside distros.md and waagent.md, looked up for the cloud-init release each distribution
// ships, are named next to the value:
// - Ubuntu: the canonical/cloud-init packaging pull requests (ubuntu/focal 24.4.x #6091;
//   ubuntu/jammy #6384 and ubuntu/noble #6385, August 2025, carrying 25.1.x with 25.2 in SRU).
// - Debian 11: the Debian cloud team's bullseye update request on debian-release (its Azure
//   images take cloud-init 22.4.1 from bullseye-backports).
// - RHEL, CentOS, Oracle: versions reported by vmware/ansible-vsphere-gos-validation #617
//   (RHEL 9.4 23.4-7.el9_4, Rocky 8.10 23.4-7.el8_10, RHEL 7 19.4) — observed, not vendor text.
// - Azure Linux 3: microsoft/azurelinux #10594 (cloud-init 24.3.1, October 2024) and its
//   SPECS/cloud-init, which also ships 10-azure-kvp.cfg in a cloud-init-azure-kvp package.
// - SLES 15: nothing reliable found, so the version is open and lint targets the oldest
//   release cloudcfg describes.

extension DistroProfile {
    /// Every distribution in the catalog, in the order `cloudcfg distros` lists them.
    public static let all: [DistroProfile] = [
        ubuntu2004, ubuntu2204, ubuntu2404, debian11, debian12, rhel8, rhel9, centos7, oracle8, oracle9, sles15,
        openSUSELeap15, flatcar, azureLinux3,
    ]

    /// The profile with an identifier.
    ///
    /// - Parameter id: An identifier such as `debian-12`.
    /// - Returns: The profile, or `nil`.
    public static func profile(id: String) -> DistroProfile? { all.first { $0.id == id } }

    /// Ubuntu 20.04 LTS (focal).
    public static let ubuntu2004 = ubuntu(
        "20.04", codename: "focal",
        cloudInit: cloudInit(
            "24.4.1", .source, "canonical/cloud-init ubuntu/focal 24.4.x packaging (#6091), the last SRU to focal",
            lint: nil))

    /// Ubuntu 22.04 LTS (jammy).
    public static let ubuntu2204 = ubuntu(
        "22.04", codename: "jammy",
        cloudInit: cloudInit(
            "25.1.4", .source,
            "canonical/cloud-init ubuntu/jammy packaging (#6384): 25.1.4 published, 25.2 in SRU (August 2025)",
            lint: ("25.1.4", "the release published to jammy before the 25.2 SRU; keys added in 25.2 are flagged")))

    /// Ubuntu 24.04 LTS (noble).
    public static let ubuntu2404 = ubuntu(
        "24.04", codename: "noble",
        cloudInit: cloudInit(
            "25.1", .source, "canonical/cloud-init ubuntu/noble packaging (#6385): 25.1.x, 25.2 in SRU (August 2025)",
            lint: nil))

    /// Debian 11 (bullseye).
    public static let debian11 = debian(
        "11", codename: "bullseye",
        cloudInit: cloudInit(
            "22.4.1", .docs,
            "the Debian cloud team builds its Azure images with cloud-init from bullseye-backports (debian-release)",
            lint: nil),
        verified: false)

    /// Debian 12 (bookworm).
    public static let debian12 = debian(
        "12", codename: "bookworm",
        cloudInit: cloudInit("22.4.2", .verified, "cloud-init 22.4.2-1+deb12u4, checked on Debian 12", lint: nil),
        verified: true)

    /// Red Hat Enterprise Linux 8.
    public static let rhel8 = redHat(
        id: "rhel-8", name: "Red Hat Enterprise Linux 8", version: "8",
        cloudInit: cloudInit(
            "23.4", .inferred,
            "23.4-7.el8_10 observed on the 8.10 rebuild (vmware/ansible-vsphere-gos-validation #617)",
            lint: nil),
        kernelArguments: redHatKernelArguments, architectures: [.x64])

    /// Red Hat Enterprise Linux 9.
    public static let rhel9 = redHat(
        id: "rhel-9", name: "Red Hat Enterprise Linux 9", version: "9",
        cloudInit: cloudInit(
            "23.4", .inferred,
            "23.4-7.el9_4 observed on RHEL 9.4 (vmware/ansible-vsphere-gos-validation #617); later minor releases may "
                + "carry a newer one",
            lint: nil),
        kernelArguments: redHatKernelArguments, architectures: [.x64, .arm64])

    /// CentOS 7 (end of life; its cloud-init has no `clean --machine-id`).
    public static let centos7 = redHat(
        id: "centos-7", name: "CentOS 7", version: "7",
        cloudInit: cloudInit(
            "19.4", .inferred,
            "RHEL 7 carries 19.4 (vmware/ansible-vsphere-gos-validation #617) and CentOS 7 rebuilds it",
            lint: nil),
        kernelArguments: DistroFact(
            ["rootdelay=300", "console=ttyS0", "earlyprintk=ttyS0", "net.ifnames=0"], .docs, "create-upload-centos.md"),
        architectures: [.x64], packageManager: .yum,
        packages: ["python-pyasn1", "WALinuxAgent", "cloud-init", "cloud-utils-growpart", "gdisk", "hyperv-daemons"],
        notes: ["end of life since June 2024"])

    /// Oracle Linux 8.
    public static let oracle8 = redHat(
        id: "oracle-8", name: "Oracle Linux 8", version: "8",
        cloudInit: cloudInit(
            "23.4", .inferred, "Oracle Linux rebuilds RHEL; 23.4 is what RHEL 8.10 rebuilds carry", lint: nil),
        kernelArguments: oracleKernelArguments, architectures: [.x64],
        packages: ["WALinuxAgent", "python3-pyasn1", "cloud-init", "cloud-utils-growpart", "gdisk", "hyperv-daemons"],
        notes: [
            "the Oracle guide deprovisions without +user, which leaves the build user in the image; cloudcfg uses +user"
        ])

    /// Oracle Linux 9.
    public static let oracle9 = redHat(
        id: "oracle-9", name: "Oracle Linux 9", version: "9",
        cloudInit: cloudInit(
            "23.4", .inferred, "Oracle Linux rebuilds RHEL; 23.4 is what RHEL 9.4 carries", lint: nil),
        kernelArguments: oracleKernelArguments, architectures: [.x64],
        packages: ["WALinuxAgent", "python3-pyasn1", "cloud-init", "cloud-utils-growpart", "gdisk", "hyperv-daemons"],
        notes: [
            "the Oracle guide deprovisions without +user, which leaves the build user in the image; cloudcfg uses +user"
        ])

    /// SUSE Linux Enterprise Server 15.
    public static let sles15 = DistroProfile(
        id: "sles-15", name: "SUSE Linux Enterprise Server 15", version: "15",
        provisioner: DistroFact(.cloudInit, .docs, "suse-create-upload-vhd.md installs and enables cloud-init"),
        cloudInit: CloudInit(
            version: DistroFact(nil, .open, "no reliable source found for the release SLES 15 service packs carry"),
            lintTarget: .debian12,
            lintTargetReason:
                "the shipped release is open: lint against the oldest release cloudcfg describes, so that "
                + "keys a newer release added are flagged"),
        agent: Agent(
            package: DistroFact(
                "python-azure-agent", .docs, "suse-create-upload-vhd.md (module sle-module-public-cloud)"),
            service: DistroFact("waagent.service", .source, "the agent's init/sles unit"),
            binary: DistroFact("/usr/sbin/waagent", .source, "the agent's init/sles unit"),
            configurationPath: etcWaagentConf, shippedConfigurationPath: nil, delivery: .imageFile),
        packageManager: DistroFact(.zypper, .docs, "suse-create-upload-vhd.md"),
        packages: DistroFact(
            ["python-azure-agent", "cloud-init", "cloud-utils-growpart", "gdisk", "hyperv-daemons"], .docs,
            "create-upload-generic.md (SUSE line); the SUSE guide names python-azure-agent and cloud-init"),
        hyperVDaemonPackages: DistroFact(["hyperv-daemons"], .docs, "create-upload-generic.md (SUSE line)"),
        growpartPackage: DistroFact(
            "cloud-utils-growpart", .open, "the generic guide's name for SUSE; SUSE's own package name is not checked"),
        initramfs: DistroFact(.dracut, .docs, "suse-create-upload-vhd.md: /etc/dracut.conf.d/azure.conf add_drivers"),
        hyperVDrivers: hyperVDrivers(.docs, "suse-create-upload-vhd.md"),
        kernelArguments: DistroFact(
            ["console=ttyS0", "earlyprintk=ttyS0"], .docs,
            "suse-create-upload-vhd.md (also remove splash=silent quiet; GRUB_TERMINAL=\"console serial\")"),
        defaultUser: DistroFact(nil, .open, "not checked"),
        architectures: DistroFact([.x64, .arm64], .inferred, "SUSE publishes x64 and Arm64 images on Azure"),
        hyperVGenerations: bothGenerations(.docs, "suse-create-upload-vhd.md"),
        dropIns: [
            .azureDatasource(
                applyNetworkConfig: false, evidence: .docs,
                source: "suse-create-upload-vhd.md writes 91-azure_datasource.cfg"),
            .azureKVP(evidence: .docs, source: "using-cloud-init.md"),
        ],
        notes: [
            "the SUSE guide overwrites the package-owned 05_logging.cfg; cloudcfg leaves it alone",
            "the SUSE guide sets Provisioning.UseCloudInit=auto, which no agent reads",
        ])

    /// openSUSE Leap 15.4 and later: provisioned by the agent (the guide installs no cloud-init).
    public static let openSUSELeap15 = DistroProfile(
        id: "opensuse-leap-15", name: "openSUSE Leap 15", version: "15.4+",
        provisioner: DistroFact(
            .waagent, .docs,
            "suse-create-upload-vhd.md's openSUSE section installs no cloud-init (open: its text and values disagree "
                + "on swap)"),
        cloudInit: nil,
        agent: Agent(
            package: DistroFact("WALinuxAgent", .docs, "suse-create-upload-vhd.md, openSUSE section"),
            service: DistroFact("waagent.service", .source, "the agent's init/sles unit"),
            binary: DistroFact("/usr/sbin/waagent", .source, "the agent's init/sles unit"),
            configurationPath: etcWaagentConf, shippedConfigurationPath: nil, delivery: .imageFile),
        packageManager: DistroFact(.zypper, .docs, "suse-create-upload-vhd.md"),
        packages: DistroFact(["WALinuxAgent"], .docs, "suse-create-upload-vhd.md, openSUSE section"),
        hyperVDaemonPackages: DistroFact(["hyperv-daemons"], .inferred, "the SUSE package name; the guide names none"),
        growpartPackage: DistroFact(
            nil, .inferred, "the agent does not grow the root partition; the guide installs none"),
        initramfs: DistroFact(.dracut, .inferred, "SUSE's initramfs tool"),
        hyperVDrivers: hyperVDrivers(.inferred, "create-upload-generic.md's driver list"),
        kernelArguments: DistroFact(
            ["console=ttyS0", "earlyprintk=ttyS0"], .docs,
            "suse-create-upload-vhd.md (also remove libata.atapi_enabled=0 reserve=0x1f0,0x8)"),
        defaultUser: DistroFact(nil, .inferred, "the agent creates only the VM's osProfile admin user"),
        architectures: DistroFact([.x64], .inferred, "the guide builds x64 images"),
        hyperVGenerations: bothGenerations(.inferred, "Azure supports both generations for Linux"),
        dropIns: [],
        notes: [
            "customData is not run: the agent only saves it when Provisioning.DecodeCustomData=y, and runs it only "
                + "with Provisioning.ExecuteCustomData=y",
            "the openSUSE guide deletes /var/lib/waagent before deprovisioning, which keeps the build user; cloudcfg "
                + "deprovisions first",
        ])

    /// Flatcar Container Linux 3550 and later: Ignition, with the agent for the Azure side.
    public static let flatcar = DistroProfile(
        id: "flatcar", name: "Flatcar Container Linux", version: "3550+",
        provisioner: DistroFact(
            .ignition, .source,
            "Ignition's Azure provider reads userData, then customData; the agent (Provisioning.Agent=waagent) creates "
                + "the osProfile admin user"),
        cloudInit: nil,
        agent: Agent(
            package: DistroFact(nil, .source, "built in: the OEM sysext \"Microsoft Azure\" (flatcar/scripts)"),
            service: DistroFact("waagent.service", .source, "flatcar/scripts wa-linux-agent"),
            binary: DistroFact("waagent", .open, "the sysext's path is not recorded; found through PATH"),
            configurationPath: DistroFact(
                "/etc/waagent.conf", .source,
                "the unit links /etc/waagent.conf to /usr/share/waagent/waagent.conf unless the file exists"),
            shippedConfigurationPath: "/usr/share/waagent/waagent.conf", delivery: .ignitionStorageFile),
        packageManager: DistroFact(.none, .docs, "Flatcar's /usr is read-only and updated as a whole"),
        packages: DistroFact([], .source, "the Azure OEM sysext carries wa-linux-agent, hv-daemons and chrony"),
        hyperVDaemonPackages: DistroFact([], .source, "built in: hv-daemons in the Azure OEM sysext"),
        growpartPackage: DistroFact(nil, .inferred, "the image grows its root partition itself"),
        initramfs: DistroFact(.none, .source, "the image comes built"),
        hyperVDrivers: DistroFact([], .source, "the image comes built"),
        kernelArguments: DistroFact(
            ["console=ttyS0,115200n8", "earlyprintk=ttyS0,115200"], .source,
            "coreos-base/oem-azure/files/grub.cfg in flatcar/scripts (with oem_id=azure); built in"),
        defaultUser: DistroFact("core", .docs, "Flatcar's user; the agent creates the osProfile admin user as well"),
        architectures: DistroFact([.x64, .arm64], .docs, "flatcar-create-upload-vhd.md (Arm64 is Gen2 only)"),
        hyperVGenerations: bothGenerations(.docs, "flatcar-create-upload-vhd.md: <channel>-gen2 SKUs are Gen2"),
        dropIns: [],
        notes: [
            "the config is Ignition JSON (spec 3.3.0), never #cloud-config, and never gzipped: Ignition on Azure does "
                + "not gunzip",
            "the shipped waagent.conf is right as it is; a customised one goes to /etc/waagent.conf through Ignition "
                + "storage.files",
        ])

    /// Azure Linux 3.0.
    public static let azureLinux3 = DistroProfile(
        id: "azurelinux-3", name: "Azure Linux 3.0", version: "3.0",
        provisioner: DistroFact(
            .cloudInit, .inferred,
            "the agent's mariner file leaves the resource disk alone and its unit is ordered after cloud-init"),
        cloudInit: cloudInit(
            "24.3.1", .source, "microsoft/azurelinux #10594 upgraded cloud-init to 24.3.1 (October 2024)", lint: nil),
        agent: Agent(
            package: DistroFact("WALinuxAgent", .inferred, "the RPM name of the agent; not documented for Azure Linux"),
            service: DistroFact("waagent.service", .source, "the agent's init/mariner unit"),
            binary: DistroFact("/usr/bin/waagent", .source, "the agent's init/mariner unit"),
            configurationPath: etcWaagentConf, shippedConfigurationPath: nil, delivery: .imageFile),
        packageManager: DistroFact(.tdnf, .inferred, "Azure Linux's package manager"),
        packages: DistroFact(
            ["WALinuxAgent", "cloud-init", "cloud-init-azure-kvp", "cloud-utils-growpart", "hyperv-daemons"], .open,
            "cloud-init-azure-kvp is in microsoft/azurelinux SPECS/cloud-init; the other names are not documented"),
        hyperVDaemonPackages: DistroFact(["hyperv-daemons"], .open, "not documented"),
        growpartPackage: DistroFact("cloud-utils-growpart", .open, "not documented"),
        initramfs: DistroFact(.dracut, .inferred, "Azure Linux builds its initramfs with dracut"),
        hyperVDrivers: hyperVDrivers(.inferred, "create-upload-generic.md's driver list"),
        kernelArguments: DistroFact(
            ["console=ttyS0", "earlyprintk=ttyS0"], .open, "no upload guide: the generic guide's serial console"),
        defaultUser: DistroFact(nil, .open, "not checked"),
        architectures: DistroFact([.x64, .arm64], .inferred, "Azure Linux is built for x64 and Arm64"),
        hyperVGenerations: bothGenerations(.open, "no upload guide"),
        dropIns: [
            .azureDatasource(applyNetworkConfig: nil, evidence: .inferred, source: "what every cloud-init guide writes")
        ],
        notes: [
            "10-azure-kvp.cfg comes with the cloud-init-azure-kvp package (microsoft/azurelinux SPECS/cloud-init): "
                + "install it rather than write the package's file",
            "azure-init is supported on Azure Linux 3.0 as an alternative provisioner",
        ])
}
