extension CatalogModule {
    /// `ssh`, `ssh_key_console_blacklist`, `ssh_fp_console_blacklist`.
    static let keysToConsole = CatalogModule(
        id: "cc_keys_to_console", moduleName: "keys_to_console",
        summary: "Prints the host's SSH host keys and their fingerprints to the serial console, so "
            + "that they can be checked from outside (for example in the cloud's console log) before "
            + "the first connection.",
        keys: [
            "ssh": Schema.object([
                "emit_keys_to_console": Schema.boolean.defaultValue(true).required.doc(
                    "Print the host keys to the console; `false` prints nothing.")
            ]).doc("Console output of SSH host keys."),
            "ssh_key_console_blacklist": Schema.array(Schema.string).uniqueItems.defaultValue(.list([])).doc(
                "Key types (such as `ssh-rsa`) whose host keys are not printed. 22.4.2 leaves out "
                    + "`ssh-dss` by default."),
            "ssh_fp_console_blacklist": Schema.array(Schema.string).uniqueItems.doc(
                "Key types whose fingerprints are not printed."),
        ])
}
