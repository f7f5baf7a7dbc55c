extension CatalogModule {
    /// `device_aliases`, `disk_setup`, `fs_setup`.
    static let diskSetup = CatalogModule(
        id: "cc_disk_setup", moduleName: "disk_setup",
        summary: "Partitions disks and creates filesystems, typically on ephemeral or attached data "
            + "disks. Disks can be named by path or by an alias. Mounting is left to the mounts module.",
        keys: [
            "device_aliases": Schema.object([:])
                .patternProperty(
                    "^.+$", Schema.string.doc("The device path the alias stands for, such as /dev/sdb.")
                )
                .doc(
                    "Names for disks, usable in disk_setup, fs_setup and mounts instead of device paths "
                        + "(for example `data: /dev/nvme1n1`)."),
            "disk_setup": Schema.object([:])
                .patternProperty("^.+$", Schema.diskSetupDisk)
                .doc("Partition tables to create, keyed by device path or alias."),
            "fs_setup": Schema.array(Schema.diskSetupFilesystem).doc(
                "Filesystems to create, in order."),
        ])
}

extension Schema {
    /// One disk of `disk_setup`.
    fileprivate static var diskSetupDisk: Schema {
        Schema.object([
            "table_type": Schema.string(oneOf: "mbr", "gpt").defaultValue("mbr").doc(
                "The partition table type."),
            "layout": Schema.oneOf(
                Schema.string(oneOf: "remove").doc("Wipe the existing partition table."),
                Schema.boolean.doc("`true`: one partition over the whole disk; `false`: no partitions."),
                Schema.array(
                    Schema.oneOf(
                        Schema.integer.doc("The partition's size in percent of the disk."),
                        Schema.array(Schema.anyOf(Schema.integer, Schema.string.since(after: "22.4.2")))
                            .minItems(2).maxItems(2).doc(
                                "`[size in percent, partition type]`.")
                    )
                ).doc(
                    "Partitions in order. Sizes are percentages of the disk, not bytes. A type is "
                        + "written as a decimal-looking number that is read as hex (82 means 0x82, "
                        + "Linux swap; the default is 83, Linux) or, on GPT, as a type code or GUID "
                        + "string.")
            ).defaultValue(false).doc("The partitions to create."),
            "overwrite": Schema.boolean.defaultValue(false).doc(
                "Partition even if the disk already has a partition table or a filesystem. Dangerous: "
                    + "with a wrong device name this destroys data."),
        ])
        .doc("How to partition one disk.")
    }

    /// One filesystem of `fs_setup`.
    fileprivate static var diskSetupFilesystem: Schema {
        Schema.object([
            "label": Schema.string.doc("The filesystem label."),
            "filesystem": Schema.string.doc("The filesystem type, such as `ext4`, `xfs`, `btrfs` or `swap`."),
            "device": Schema.string.doc(
                "The device, as a path or an alias; `alias.N` (for example `ephemeral0.1`) names "
                    + "partition N and overrides `partition`."),
            // 26.2 bug, mirrored (cloud-init.md 5.3): the type admits integers, but the oneOf allows
            // only the three words, so numeric partitions are rejected although the runtime takes them.
            "partition": Schema.types(.string, .integer)
                .oneOf(Schema.string(oneOf: "auto", "any", "none"))
                .doc(
                    "Which partition to use. `auto`: skip if a partition already has a filesystem of this "
                        + "type and label, else use the first free one; `any` (the default): the same, "
                        + "whatever the label; `none`: write to the whole device, always. cloud-init's "
                        + "schema rejects partition numbers; write `device: name.N` instead."),
            "overwrite": Schema.boolean.doc(
                "Create the filesystem even if one already exists. Dangerous: it destroys data. Default "
                    + "false."),
            "replace_fs": Schema.string.doc(
                "With `partition: auto` or `any`, a filesystem type that may be overwritten when looking for "
                    + "a free partition."),
            "extra_opts": Schema.types(.array, .string).items(Schema.string).doc(
                "Extra options for the mkfs command; ignored when `cmd` is given."),
            "cmd": Schema.types(.array, .string).items(Schema.string).doc(
                "A shell command that replaces the default mkfs call; `%(label)s`, `%(filesystem)s` and "
                    + "`%(device)s` in it are replaced. `overwrite` and `extra_opts` are then ignored."),
        ])
        .doc("One filesystem to create.")
    }
}
