extension CatalogModule {
    /// `lxd`.
    static let lxd = CatalogModule(
        id: "cc_lxd", moduleName: "lxd",
        summary: "Initialises LXD: storage and network settings with `lxd init --auto`, a bridge for "
            + "containers, or a full preseed. Installs LXD (the snap, on Ubuntu) if it is missing.",
        keys: [
            "lxd": Schema.object([
                "init": Schema.lxdInit,
                "bridge": Schema.lxdBridge,
                "preseed": Schema.string.doc(
                    "A complete LXD preseed (the YAML `lxd init --dump` prints), passed to "
                        + "`lxd init --preseed`. Cannot be combined with init or bridge."),
            ])
            .minProperties(1)
            .doc("LXD initialisation settings.")
        ])
}

extension Schema {
    /// `lxd.init`: the options of `lxd init --auto`.
    fileprivate static var lxdInit: Schema {
        Schema.object([
            "network_address": Schema.string.doc("The address the LXD API listens on."),
            "network_port": Schema.integer.doc("The port the LXD API listens on."),
            "storage_backend": Schema.string(oneOf: "zfs", "dir", "lvm", "btrfs").defaultValue("dir").doc(
                "The storage driver of the default pool."),
            "storage_create_device": Schema.string.doc("A block device to build the storage pool on."),
            "storage_create_loop": Schema.integer.doc("The size in GB of a loop file to build the storage pool on."),
            "storage_pool": Schema.string.doc("The name of the storage pool to use or create."),
            "trust_password": Schema.string.doc("The password remote clients give to be trusted."),
        ]).doc("Options for `lxd init --auto`. Cannot be combined with preseed.")
    }

    /// `lxd.bridge`: the network bridge for containers.
    fileprivate static var lxdBridge: Schema {
        Schema.object([
            "mode": Schema.string(oneOf: "none", "existing", "new").required.doc(
                "`new` creates the bridge, `existing` uses the bridge called `name`, `none` sets none up."),
            "name": Schema.string.defaultValue("lxdbr0").doc("The bridge's name."),
            "mtu": Schema.integer.defaultValue(-1).minimum(-1).doc("The bridge's MTU; -1 keeps LXD's default."),
            "ipv4_address": Schema.string.doc("The bridge's IPv4 address; needs ipv4_netmask."),
            "ipv4_netmask": Schema.integer.doc("The prefix length of ipv4_address, such as 24."),
            "ipv4_dhcp_first": Schema.string.doc("The first address of the DHCP range."),
            "ipv4_dhcp_last": Schema.string.doc("The last address of the DHCP range."),
            "ipv4_dhcp_leases": Schema.integer.doc(
                "How many DHCP leases to hand out; unset, derived from the range."),
            "ipv4_nat": Schema.boolean.defaultValue(false).doc("NAT the bridge's IPv4 traffic to the outside."),
            "ipv6_address": Schema.string.doc(
                "The bridge's IPv6 address; needs ipv6_netmask. Unset, the bridge has no IPv6."),
            "ipv6_netmask": Schema.integer.doc("The prefix length of ipv6_address, such as 64."),
            "ipv6_nat": Schema.boolean.defaultValue(false).doc("NAT the bridge's IPv6 traffic to the outside."),
            "domain": Schema.string.doc("The DNS domain given to DHCP clients on the bridge."),
        ]).doc("The network bridge containers attach to. Cannot be combined with preseed.")
    }
}
