extension CatalogModule {
    /// `mounts`, `mount_default_fields`, `swap`.
    static let mounts = CatalogModule(
        id: "cc_mounts", moduleName: "mounts",
        summary: "Adds mounts to /etc/fstab and mounts them, and can create and enable a swap file. "
            + "Unless told otherwise it also mounts the cloud's ephemeral disk (ephemeral0) on /mnt.",
        keys: [
            "mounts": Schema.array(
                Schema.array(Schema.string).minItems(1).maxItems(6).doc(
                    "One fstab line: `[device, mount point, type, options, dump, pass]`. Write every "
                        + "field as a string (quote `'0'` and `'2'`).")
            ).minItems(1).doc(
                "Mounts to add. Missing fields come from mount_default_fields. Devices may be paths, "
                    + "`LABEL=`/`UUID=` specs or names such as `ephemeral0` and `ephemeral0.1`. An entry "
                    + "with only a device (`[ephemeral0]`) removes that device's mount, including the "
                    + "default /mnt one. Devices already in /etc/fstab are left alone."),
            "mount_default_fields": Schema.array(Schema.oneOf(Schema.string, Schema.null))
                .minItems(6).maxItems(6)
                .defaultValue(
                    .list([
                        nil, nil, "auto", "defaults,nofail,x-systemd.after=cloud-init-network.service,_netdev",
                        "0", "2",
                    ])
                )
                .doc(
                    "The six fstab fields used for fields a mounts entry leaves out. The default options "
                        + "in 22.4.2 are `defaults,nofail,x-systemd.requires=cloud-init.service,_netdev`."),
            "swap": Schema.object([
                "filename": Schema.string.doc("The swap file to create; cloud-init uses /swap.img when unset."),
                "size": Schema.oneOf(
                    Schema.oneOfValues("auto").doc("A size chosen from the memory size and the free disk space."),
                    Schema.integer.doc("A size in bytes; 0 creates no swap file."),
                    Schema.string.pattern(Schema.mountsSizePattern).doc(
                        "A size with a unit: B, K, M, G or T, powers of 1024 (such as `1.5G`).")
                ).doc(
                    "The swap file's size. Without it (or with 0) no swap file is created."),
                "maxsize": Schema.oneOf(
                    Schema.integer.doc("A size in bytes."),
                    Schema.string.pattern(Schema.mountsSizePattern).doc("A size with a unit, such as `4G`.")
                ).doc("The largest size `size: auto` may choose."),
            ]).doc("A swap file to create and add to /etc/fstab."),
        ])
}

extension Schema {
    /// A size with a one-letter unit, as `swap.size` and `swap.maxsize` accept it.
    fileprivate static let mountsSizePattern = "^([0-9]+)?\\.?[0-9]+[BKMGT]$"
}
