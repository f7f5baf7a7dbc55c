extension CatalogModule {
    /// `random_seed`.
    static let seedRandom = CatalogModule(
        id: "cc_seed_random", moduleName: "seed_random",
        summary: "Feeds the kernel's random pool at the start of the init stage, once per instance, with "
            + "data from the cloud-config and the datasource, and optionally runs a seeding command.",
        keys: [
            "random_seed": Schema.object([
                "file": Schema.string.defaultValue("/dev/urandom").doc(
                    "Where the seed data is written. Default /dev/urandom."),
                "data": Schema.string.doc(
                    "Seed data, written before the datasource's seed. Use a block scalar (|) or !!binary "
                        + "for multi-line or binary data."),
                "encoding": Schema.string(oneOf: "raw", "base64", "b64", "gzip", "gz")
                    .defaultValue("raw")
                    .doc("How `data` is encoded: raw (default), base64/b64 or gzip/gz."),
                "command": Schema.array(Schema.string).doc(
                    "A command run after the data is written, with RANDOM_SEED_FILE set to `file` in its "
                        + "environment, such as [pollinate, -q]."),
                "command_required": Schema.boolean.defaultValue(false).doc(
                    "Fail the module when `command` cannot be run; otherwise that is only logged. Default "
                        + "false."),
            ])
            .doc("Random seed settings.")
        ])
}
