/// The agent and cloud-init both set up the resource disk.
struct ImageResourceDiskConflictRule: ImageRule {
    let definition = RuleDescription(
        id: .imageResourceDiskConflict, family: .image, defaultSeverity: .warning,
        summary: "The agent and cloud-init both set up the resource disk",
        rationale: "The agent formats and mounts the resource disk (ResourceDisk.Format=y, and makes swap there "
            + "with EnableSwap=y) whoever provisions. cloud-init does too when it provisions on Azure — its "
            + "datasource formats the disk as ext4 for /mnt — and as user-data or the image's configuration tell it "
            + "(disk_setup, fs_setup, mounts, swap). The two then rewrite each other's fstab entries, use "
            + "different mount points and may make two swap areas. Set ResourceDisk.Format=n and "
            + "ResourceDisk.EnableSwap=n and describe the disk in cloud-config.",
        triggeringExamples: [
            RuleExample(
                """
                ==> etc/waagent.conf <==
                1️⃣ResourceDisk.Format=y
                ==> etc/cloud/cloud.cfg.d/91-azure_datasource.cfg <==
                datasource_list: [Azure]

                """, message: "both set up the resource disk"),
            RuleExample(
                """
                ==> etc/waagent.conf <==
                Provisioning.Agent=cloud-init
                1️⃣ResourceDisk.Format=y
                ==> user-data.yaml <==
                #cloud-config
                mounts:
                  - [ephemeral0, /mnt/scratch]

                """, message: "set ResourceDisk.Format=n"),
        ],
        nonTriggeringExamples: [
            """
            ==> etc/waagent.conf <==
            Provisioning.Agent=cloud-init
            ResourceDisk.Format=n
            ==> user-data.yaml <==
            #cloud-config
            mounts:
              - [ephemeral0, /mnt/scratch]

            """
        ],
        supersedes: [.waagentResourceDiskWithCloudInit])

    /// The names of the resource disk in cloud-config.
    static func isResourceDisk(_ device: String) -> Bool {
        device.hasPrefix("ephemeral0") || device.hasPrefix("/dev/disk/cloud/azure_resource")
    }

    /// The keys of a cloud-config that set up the resource disk.
    static func diskKeys(_ value: (String) -> YAMLValue?, swapToo: Bool) -> [String] {
        var keys: [String] = []
        if case .mapping(let disks)? = value("disk_setup"),
            disks.contains(where: { isResourceDisk($0.key.string ?? "") })
        {
            keys.append("disk_setup")
        }
        if case .sequence(let filesystems)? = value("fs_setup"),
            filesystems.contains(where: { item in
                guard case .mapping(let entries) = item else { return false }
                return isResourceDisk(PythonValue.get("device", in: entries)?.string ?? "")
            })
        {
            keys.append("fs_setup")
        }
        if case .sequence(let mounts)? = value("mounts"),
            mounts.contains(where: { item in
                guard case .sequence(let fields) = item else { return false }
                return isResourceDisk(fields.first?.string ?? "")
            })
        {
            keys.append("mounts")
        }
        if swapToo, case .mapping? = value("swap") { keys.append("swap") }
        return keys
    }

    func check(_ image: ImageContext) -> [ImageFinding] {
        guard let agent = image.agent, agent.effective["ResourceDisk.Format"] == .bool(true),
            let site = image.agentSite("ResourceDisk.Format"), let provisioning = image.provisioning
        else { return [] }
        if provisioning == .agent || provisioning == .nobody { return [] }
        let swap = agent.effective["ResourceDisk.EnableSwap"] == .bool(true)
        var related: [(message: String, site: ImageContext.Site)] = []
        for key in Self.diskKeys({ image.systemValue($0) }, swapToo: swap) {
            if let place = image.systemSite([key]) {
                related.append(("cloud-init sets up the resource disk here (\(key))", place))
            }
        }
        for userData in image.userData {
            let keys = Self.diskKeys({ image.value($0, in: userData) }, swapToo: swap)
            let places = keys.compactMap { key in image.site(key, in: userData).map { (key, $0) } }
            for (key, place) in places.sorted(by: { $0.1.range.start < $1.1.range.start }) {
                related.append(("user-data sets up the resource disk (\(key))", place))
            }
        }
        if provisioning == .cloudInit(byAuto: true), let evidence = image.cloudInitEvidence {
            related.insert(
                (
                    "cloud-init is in the image, so Provisioning.Agent=auto leaves provisioning, and the disk, to it",
                    evidence
                ),
                at: 0)
        }
        // An explicit cloud-init with nothing more to show is waagent-resource-disk-with-cloud-init's.
        guard !related.isEmpty else { return [] }
        return [
            ImageFinding(
                .bothSetUpTheDisk(swap: swap && related.contains { $0.message.hasSuffix("(swap)") }), at: site,
                siteNote: "ResourceDisk.Format=y: the agent formats and mounts the resource disk", related: related)
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static func bothSetUpTheDisk(swap: Bool) -> Self {
        Self(
            "the agent formats and mounts the resource disk and cloud-init does too"
                + (swap ? ", and both make swap" : "")
                + ": both set up the resource disk, rewriting each other's fstab entries and mount points; set "
                + "ResourceDisk.Format=n and ResourceDisk.EnableSwap=n and describe the disk in cloud-config")
    }
}
