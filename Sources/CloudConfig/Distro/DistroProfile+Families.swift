/// The facts distributions of one family share, so that each profile states only what differs.
extension DistroProfile {
    /// The cloud-init a profile ships, with the lint target derived from it: the release itself,
    /// raised to the oldest release cloudcfg describes (22.4.2) when it is older.
    static func cloudInit(
        _ version: CloudInitVersion, _ evidence: FactEvidence, _ source: String,
        lint: (CloudInitVersion, String)?
    ) -> CloudInit {
        if let lint {
            return CloudInit(
                version: DistroFact<CloudInitVersion?>(version, evidence, source), lintTarget: lint.0,
                lintTargetReason: lint.1)
        }
        if version < .debian12 {
            return CloudInit(
                version: DistroFact<CloudInitVersion?>(version, evidence, source), lintTarget: .debian12,
                lintTargetReason: "\(version) is older than 22.4.2, the oldest release cloudcfg describes: keys added "
                    + "between the two are not flagged")
        }
        return CloudInit(
            version: DistroFact<CloudInitVersion?>(version, evidence, source), lintTarget: version,
            lintTargetReason: "the release the distribution ships")
    }

    static let etcWaagentConf = DistroFact(
        "/etc/waagent.conf", .source, "osutil/default.py agent_conf_file_path; setup.py installs the file there")

    static func hyperVDrivers(_ evidence: FactEvidence, _ source: String) -> DistroFact<[String]> {
        DistroFact(["hv_vmbus", "hv_netvsc", "hv_storvsc"], evidence, source)
    }

    static func bothGenerations(_ evidence: FactEvidence, _ source: String) -> DistroFact<[HyperVGeneration]> {
        DistroFact([.v1, .v2], evidence, source)
    }

    static let redHatKernelArguments = DistroFact(
        ["console=tty1", "console=ttyS0,115200n8", "earlyprintk=ttyS0,115200", "net.ifnames=0"], .docs,
        "redhat-create-upload-vhd.md (its repeated earlyprintk=ttyS0 dropped; remove rhgb quiet crashkernel=auto; "
            + "GRUB_TERMINAL=\"serial console\")")

    static let oracleKernelArguments = DistroFact(
        ["console=ttyS0", "earlyprintk=ttyS0", "net.ifnames=0"], .docs, "oracle-create-upload-vhd.md")

    /// An Ubuntu LTS release: Azure's images are cloud-init ready.
    static func ubuntu(_ version: String, codename: String, cloudInit: CloudInit) -> DistroProfile {
        DistroProfile(
            id: "ubuntu-\(version)", name: "Ubuntu \(version) LTS (\(codename))", version: version,
            provisioner: DistroFact(.cloudInit, .docs, "create-upload-ubuntu.md, using-cloud-init.md"),
            cloudInit: cloudInit,
            agent: Agent(
                package: DistroFact("walinuxagent", .docs, "create-upload-ubuntu.md"),
                service: DistroFact("walinuxagent.service", .source, "the agent's init/ubuntu unit"),
                binary: DistroFact("/usr/sbin/waagent", .source, "the agent's init/ubuntu unit"),
                configurationPath: etcWaagentConf, shippedConfigurationPath: nil, delivery: .imageFile),
            packageManager: DistroFact(.apt, .docs, "create-upload-ubuntu.md"),
            packages: DistroFact(
                [
                    "cloud-init", "gdisk", "netplan.io", "walinuxagent", "linux-azure", "linux-image-azure",
                    "linux-headers-azure", "linux-tools-common", "linux-cloud-tools-common", "linux-tools-azure",
                    "linux-cloud-tools-azure",
                ], .docs, "create-upload-ubuntu.md"),
            hyperVDaemonPackages: DistroFact(
                ["linux-cloud-tools-common", "linux-cloud-tools-azure"], .docs,
                "create-upload-ubuntu.md installs them with the linux-azure kernel"),
            growpartPackage: DistroFact(
                "cloud-guest-utils", .inferred, "Debian's package name; Ubuntu's is not checked (distros.md section 9)"),
            initramfs: DistroFact(.initramfsTools, .inferred, "Ubuntu builds its initramfs with initramfs-tools"),
            hyperVDrivers: hyperVDrivers(.inferred, "the linux-azure kernel has them; listed for other kernels"),
            kernelArguments: DistroFact(
                ["console=tty1", "console=ttyS0,115200n8", "earlyprintk=ttyS0,115200", "rootdelay=300"], .docs,
                "create-upload-ubuntu.md GRUB_CMDLINE_LINUX_DEFAULT (without quiet splash)"),
            defaultUser: DistroFact("ubuntu", .inferred, "cloud-init's Ubuntu default user"),
            architectures: DistroFact([.x64, .arm64], .inferred, "Canonical publishes x64 and Arm64 images on Azure"),
            hyperVGenerations: bothGenerations(
                .docs, "create-upload-ubuntu.md (Gen2 needs the fallback EFI path /boot/efi/EFI/boot/bootx64.efi)"),
            dropIns: [
                .azureDatasource(
                    applyNetworkConfig: nil, evidence: .inferred,
                    source: "create-upload-ubuntu.md writes datasource_list to 90_dpkg.cfg, a file the cloud-init "
                        + "package's configuration owns; cloudcfg writes its own file, which sorts after it"),
                .azureKVP(evidence: .docs, source: "create-upload-ubuntu.md, using-cloud-init.md"),
                .ubuntuAzureMirrors,
            ],
            notes: [
                "remove the installer's drop-ins before capture: 50-curtin-networking.cfg, curtin-preserve-sources.cfg, "
                    + "99-installer.cfg, subiquity-disable-cloudinit-networking.cfg, /etc/cloud/ds-identify.cfg "
                    + "and /etc/netplan/*.yaml (create-upload-ubuntu.md)",
                "the Ubuntu guide deletes /var/lib/waagent before deprovisioning, which keeps the build user; cloudcfg "
                    + "deprovisions first",
            ])
    }

    /// A Debian release: images built with FAI (`debian-cloud-images`).
    static func debian(_ version: String, codename: String, cloudInit: CloudInit, verified: Bool) -> DistroProfile {
        let packageEvidence: FactEvidence = verified ? .verified : .inferred
        let packageSource = verified ? "apt-cache on Debian 12" : "Debian 12's names; bullseye's are not checked"
        return DistroProfile(
            id: "debian-\(version)", name: "Debian \(version) (\(codename))", version: version,
            provisioner: DistroFact(
                .cloudInit, verified ? .verified : .docs,
                verified
                    ? "the waagent 2.7.3.0-4.1 package ships Provisioning.Agent=cloud-init"
                    : "debian-create-upload-vhd.md"),
            cloudInit: cloudInit,
            agent: Agent(
                package: DistroFact("waagent", packageEvidence, packageSource),
                service: DistroFact(
                    "walinuxagent.service", packageEvidence, "Debian's own unit, ExecStart=/usr/sbin/waagent"),
                binary: DistroFact("/usr/sbin/waagent", packageEvidence, "Debian's own unit"),
                configurationPath: etcWaagentConf, shippedConfigurationPath: nil, delivery: .imageFile),
            packageManager: DistroFact(.apt, .docs, "debian-create-upload-vhd.md"),
            packages: DistroFact(
                ["waagent", "cloud-init", "cloud-guest-utils", "hyperv-daemons"], packageEvidence,
                packageSource + " (Debian has no walinuxagent or cloud-utils-growpart package)"),
            hyperVDaemonPackages: DistroFact(["hyperv-daemons"], packageEvidence, packageSource),
            growpartPackage: DistroFact("cloud-guest-utils", packageEvidence, packageSource),
            initramfs: DistroFact(.initramfsTools, packageEvidence, "Debian builds its initramfs with initramfs-tools"),
            hyperVDrivers: hyperVDrivers(.inferred, "create-upload-generic.md's driver list"),
            kernelArguments: DistroFact(
                ["console=ttyS0", "earlyprintk=ttyS0", "rootdelay=300"], .inferred,
                "create-upload-generic.md's serial console; the Debian guide builds with FAI and lists none"),
            defaultUser: DistroFact(
                "debian", verified ? .verified : .inferred,
                verified ? "Debian 12's /etc/cloud/cloud.cfg default_user" : "Debian 12's default user"),
            architectures: DistroFact(
                [.x64, .arm64], .inferred, "debian-cloud-images builds amd64 and arm64 for Azure"),
            hyperVGenerations: bothGenerations(.docs, "debian-create-upload-vhd.md: --hyper-v-generation V1 or V2"),
            dropIns: [
                .azureDatasource(
                    applyNetworkConfig: nil, evidence: .inferred, source: "what every cloud-init guide writes"),
                .azureKVP(evidence: .inferred, source: "using-cloud-init.md; the Debian guide names none"),
            ],
            notes: verified
                ? [
                    "the waagent package skips the resource disk when cloud-init is enabled, whatever ResourceDisk.Format says"
                ]
                : ["the waagent package's defaults on Debian 11 are not checked (distros.md section 9)"])
    }

    /// A Red Hat family release (RHEL, CentOS, Oracle Linux).
    static func redHat(
        id: String, name: String, version: String, cloudInit: CloudInit, kernelArguments: DistroFact<[String]>,
        architectures: [ImageArchitecture], packageManager: PackageManager = .dnf,
        packages: [String] = ["WALinuxAgent", "cloud-init", "cloud-utils-growpart", "gdisk", "hyperv-daemons"],
        notes: [String] = []
    ) -> DistroProfile {
        let guide = id.hasPrefix("oracle") ? "oracle-create-upload-vhd.md" : "redhat-create-upload-vhd.md"
        let guideName = id.hasPrefix("centos") ? "create-upload-centos.md" : guide
        return DistroProfile(
            id: id, name: name, version: version,
            provisioner: DistroFact(.cloudInit, .docs, guideName + ", using-cloud-init.md"),
            cloudInit: cloudInit,
            agent: Agent(
                package: DistroFact("WALinuxAgent", .docs, guideName),
                service: DistroFact("waagent.service", .source, "the agent's init/redhat unit"),
                binary: DistroFact("/usr/sbin/waagent", .source, "the agent's init/redhat unit"),
                configurationPath: etcWaagentConf, shippedConfigurationPath: nil, delivery: .imageFile),
            packageManager: DistroFact(packageManager, .docs, guideName),
            packages: DistroFact(packages, .docs, guideName),
            hyperVDaemonPackages: DistroFact(["hyperv-daemons"], .docs, guideName),
            growpartPackage: DistroFact("cloud-utils-growpart", .docs, guideName),
            initramfs: DistroFact(.dracut, .docs, guideName + ": add_drivers in /etc/dracut.conf.d"),
            hyperVDrivers: hyperVDrivers(.docs, guideName),
            kernelArguments: kernelArguments,
            defaultUser: DistroFact("cloud-user", .inferred, "the Red Hat family's cloud.cfg default user"),
            architectures: DistroFact(architectures, .inferred, "images published on Azure"),
            hyperVGenerations: bothGenerations(.docs, guideName + " (UEFI grub at /boot/efi/EFI/<vendor>/grub.cfg)"),
            dropIns: [
                .azureDatasource(
                    applyNetworkConfig: false, evidence: .docs, source: guideName + " writes 91-azure_datasource.cfg"),
                .azureKVP(
                    evidence: .docs,
                    source: "using-cloud-init.md (the RHEL guide's capital Reporting: is ignored by cloud-init)"),
            ],
            notes: notes + [
                "the Red Hat guides overwrite the package-owned 05_logging.cfg; cloudcfg leaves it alone"
            ])
    }
}
