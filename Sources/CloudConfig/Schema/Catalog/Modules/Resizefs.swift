extension CatalogModule {
    /// `resize_rootfs`: grow the root filesystem.
    static let resizefs = CatalogModule(
        id: "cc_resizefs", moduleName: "resizefs",
        summary: "Grows the root filesystem to fill its partition, on every boot in the init stage (after "
            + "growpart has grown the partition). Handles ext2/3/4, XFS, Btrfs, UFS, ZFS and HAMMER2.",
        keys: [
            "resize_rootfs": Schema.oneOfValues(true, false, "noblock")
                .defaultValue(true)
                .doc(
                    "Whether to grow the root filesystem: true (default), false, or `noblock` to resize "
                        + "in the background so that boot does not wait for it.")
        ])
}
