extension CatalogModule {
    /// `runcmd`.
    static let runcmd = CatalogModule(
        id: "cc_runcmd", moduleName: "runcmd",
        summary: "Runs commands once per instance, late in boot (the final stage), after packages "
            + "and users are set up. Commands are written to a script that `scripts_user` runs.",
        keys: [
            "runcmd": Schema.array(
                .oneOf(
                    Schema.array(.string).doc("A command and its arguments, each quoted for the shell."),
                    Schema.string.doc("A shell command line."),
                    Schema.null.doc("Ignored (an empty item, often left by a commented-out line).")
                )
            ).minItems(1).doc("Commands run once per instance in the final stage.")
        ])

    /// `bootcmd`.
    static let bootcmd = CatalogModule(
        id: "cc_bootcmd", moduleName: "bootcmd",
        summary: "Runs commands early in every boot (the init stage), before most modules, with "
            + "`INSTANCE_ID` in the environment.",
        keys: [
            "bootcmd": Schema.array(
                .oneOf(
                    Schema.array(.string).doc("A command and its arguments, each quoted for the shell."),
                    Schema.string.doc("A shell command line.")
                )
            ).minItems(1).doc("Commands run on every boot, early in the init stage.")
        ])
}
