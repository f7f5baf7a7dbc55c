/// Who lays out the Azure resource (temporary) disk on a cloud-init image, as cloud-config.
///
/// Not a cloud.cfg.d drop-in: cloud-init merges the Azure datasource's built-in disk config
/// (`disk_setup.ephemeral0` with `layout: [100]`, one ext4 `fs_setup`) *above* system config, so
/// a drop-in's `disk_setup` and `fs_setup` lose to it (cloud-init 22.4.2's `mergemanydict`, tested).
/// The layout goes into user-data, which ranks above the datasource; the guides' alternative,
/// a file named by `CLOUD_CFG` in systemd's environment, also overrides everything the user
/// passes.
public enum ResourceDiskLayout: Sendable, Hashable {
    /// The datasource's default: one ext4 partition mounted at `/mnt`, no swap. Nothing to write.
    case datasourceDefault
    /// A file system partition and a swap partition (MBR), the guides' layout.
    ///
    /// - Parameters:
    ///   - swapPercent: The swap partition's share of the disk, 1 through 99.
    ///   - mountPoint: Where the file system partition is mounted, such as `/mnt/resource`.
    case swapPartition(swapPercent: Int, mountPoint: String)

    /// The cloud-config for user-data, or `nil` for the datasource's default.
    ///
    /// The swap mount is ordered after cloud-init's network stage by the unit name the release
    /// has: `cloud-init-network.service` from 24.3 (which renamed `cloud-init.service`), never
    /// the guides' `x-systemd.requires=cloud-init.service` on a release without that unit.
    ///
    /// - Parameter cloudInit: The cloud-init release of the image.
    /// - Returns: A mapping with `disk_setup`, `fs_setup` and `mounts`.
    public func cloudConfig(for cloudInit: CloudInitVersion) -> YAMLValue? {
        guard case .swapPartition(let swapPercent, let mountPoint) = self else { return nil }
        let swap = max(1, min(99, swapPercent))
        let ordering =
            cloudInit >= "24.3" ? "x-systemd.after=cloud-init-network.service" : "x-systemd.requires=cloud-init.service"
        func string(_ text: String) -> YAMLValue { .scalar(.string(text)) }
        func int(_ value: Int) -> YAMLValue { .scalar(.int(YAMLInteger(value))) }
        func mapping(_ pairs: [(String, YAMLValue)]) -> YAMLValue {
            .mapping(pairs.map { YAMLValue.Entry(key: string($0.0), value: $0.1) })
        }
        return mapping([
            (
                "disk_setup",
                mapping([
                    (
                        "ephemeral0",
                        mapping([
                            ("table_type", string("mbr")),
                            // 82 is written in decimal but means the hex partition type 0x82, Linux swap.
                            ("layout", .sequence([int(100 - swap), .sequence([int(swap), int(82)])])),
                            ("overwrite", .scalar(.bool(true))),
                        ])
                    )
                ])
            ),
            (
                "fs_setup",
                .sequence([
                    mapping([("device", string("ephemeral0.1")), ("filesystem", string("ext4"))]),
                    mapping([("device", string("ephemeral0.2")), ("filesystem", string("swap"))]),
                ])
            ),
            (
                "mounts",
                .sequence([
                    .sequence([string("ephemeral0.1"), string(mountPoint)]),
                    .sequence([
                        string("ephemeral0.2"), string("none"), string("swap"),
                        string("sw,nofail,x-systemd.device-timeout=2,\(ordering)"), string("0"), string("0"),
                    ]),
                ])
            ),
        ])
    }
}
