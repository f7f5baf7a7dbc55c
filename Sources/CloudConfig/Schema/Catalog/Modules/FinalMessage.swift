extension CatalogModule {
    /// `final_message`.
    static let finalMessage = CatalogModule(
        id: "cc_final_message", moduleName: "final_message",
        summary: "Logs a message to the console and the log when cloud-init's final stage ends, and "
            + "writes the boot-finished marker file.",
        keys: [
            "final_message": Schema.string.doc(
                "The text to print at the end of boot. It may use `{{version}}`, `{{timestamp}}`, "
                    + "`{{datasource}}` and `{{uptime}}` (or `$version` and so on). Unset, cloud-init "
                    + "prints its own line with the version, time and uptime.")
        ])
}
