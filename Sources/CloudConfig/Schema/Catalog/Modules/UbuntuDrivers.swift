extension CatalogModule {
    /// `drivers`.
    static let ubuntuDrivers = CatalogModule(
        id: "cc_ubuntu_drivers", moduleName: "ubuntu_drivers",
        summary: "Ubuntu only: installs the NVIDIA driver with ubuntu-drivers, once per instance, when its "
            + "licence is accepted.",
        keys: [
            "drivers": Schema.object([
                "nvidia": Schema.object([
                    "license-accepted": Schema.boolean.required.doc(
                        "Accept the NVIDIA driver licence; the driver is installed only when true."),
                    "version": Schema.string.doc(
                        "The driver series to install, such as '535'; quote it. Default: the latest."),
                ])
                .doc("The NVIDIA graphics driver.")
            ])
            .doc("Third-party drivers to install.")
        ])
}
