extension CatalogModule {
    /// `updates`.
    static let installHotplug = CatalogModule(
        id: "cc_install_hotplug", moduleName: "install_hotplug",
        summary: "Installs a udev rule so that cloud-init re-applies network configuration when a "
            + "network device is added or removed, on datasources that support it.",
        keys: [
            "updates": Schema.object([
                "network": Schema.object([
                    "when": Schema.array(
                        Schema.string(oneOf: "boot-new-instance", "boot-legacy", "boot", "hotplug")
                    ).required.doc(
                        "The events that re-apply network configuration: `boot-new-instance` (first boot "
                            + "of an instance), `boot-legacy`, `boot` (every boot) and `hotplug` (a device "
                            + "appears or goes away). Include `hotplug` to install the udev rule.")
                ]).doc("When network configuration is applied again.")
            ]).doc("Events on which cloud-init updates configuration it already applied.")
        ])
}
