extension CatalogModule {
    /// `vendor_data`.
    static let scriptsVendor = CatalogModule(
        id: "cc_scripts_vendor", moduleName: "scripts_vendor",
        summary: "Runs the scripts that came in vendor-data, once per instance in the final stage. "
            + "User-data can turn vendor-data off or run its scripts through a wrapper command.",
        keys: [
            "vendor_data": Schema.object([
                "enabled": Schema.oneOf(
                    Schema.boolean.defaultValue(true),
                    Schema.string.deprecated("22.3", "write true or false")
                )
                .doc("Whether to use vendor-data (its cloud-config and its scripts). Default true."),
                "prefix": Schema.types(.array, .string)
                    .items(Schema.types(.string, .integer))
                    .doc(
                        "A command the vendor scripts are run through, as a string or a list, for example "
                            + "[timeout, 30] or a profiler. It does not stop them from running."),
            ])
            .doc("How to treat vendor-data.")
        ])
}
