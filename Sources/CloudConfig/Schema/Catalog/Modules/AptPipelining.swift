extension CatalogModule {
    /// `apt_pipelining`.
    static let aptPipelining = CatalogModule(
        id: "cc_apt_pipelining", moduleName: "apt_pipelining",
        summary: "Sets how many HTTP requests APT sends down one connection before waiting for answers "
            + "(Acquire::http::Pipeline-Depth), in /etc/apt/apt.conf.d/90cloud-init-pipelining.",
        keys: [
            "apt_pipelining": Schema.oneOf(
                Schema.integer.doc(
                    "The pipeline depth to write, 0 to 5; 0 turns pipelining off. Other numbers are ignored "
                        + "with a warning."),
                Schema.boolean.doc(
                    "`false` turns pipelining off (depth 0); `true` is ignored with a warning."),
                Schema.string.oneOf(
                    Schema.oneOfValues("os").doc("Leave the distribution's setting alone."),
                    Schema.oneOfValues("none", "unchanged").deprecated("22.4", "write `os` instead")
                        .doc("Older spellings of `os`.")
                )
            ).doc(
                "APT HTTP pipelining: a depth, `false` to turn it off, or `os` to keep the distribution's "
                    + "default.")
        ])
}
