extension CatalogModule {
    /// `fan`.
    static let fan = CatalogModule(
        id: "cc_fan", moduleName: "fan",
        summary: "Configures Ubuntu Fan networking (container address overlays): writes the fan "
            + "configuration, installs ubuntu-fan and starts its service.",
        keys: [
            "fan": Schema.object([
                "config": Schema.string.required.doc("The whole fan configuration file, as one multi-line string."),
                "config_path": Schema.string.defaultValue("/etc/network/fan").doc(
                    "Where to write the configuration."),
            ]).doc("Ubuntu Fan settings; `config` is required.")
        ])
}
