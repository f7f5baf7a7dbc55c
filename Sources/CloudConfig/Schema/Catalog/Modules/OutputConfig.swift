extension CatalogModule {
    /// `output`: where the output of cloud-init's stages goes.
    static let outputConfig = CatalogModule(
        id: "output_config", moduleName: nil,
        summary: "Settings cloud-init reads itself: where the standard output and error of each boot "
            + "stage go (by default appended to /var/log/cloud-init-output.log).",
        keys: [
            "output": Schema.object([
                "all": Schema.outputConfigDestination.doc("The destination for every stage without its own."),
                "init": Schema.outputConfigDestination.doc("The destination for the init stage."),
                "config": Schema.outputConfigDestination.doc("The destination for the config stage."),
                "final": Schema.outputConfigDestination.doc("The destination for the final stage."),
            ])
            .doc(
                "Where stage output goes. The images' default is "
                    + "`all: '| tee -a /var/log/cloud-init-output.log'`.")
        ])
}

extension Schema {
    /// A destination: one for both streams, a pair, or a mapping of the two.
    static var outputConfigDestination: Schema {
        Schema.oneOf(
            Schema.string.doc(
                "A destination for both streams: `> file` overwrites, `>> file` (or a bare path) appends, "
                    + "`| command` pipes into a command."),
            Schema.array(Schema.string).minItems(2).maxItems(2).doc(
                "The destinations of standard output and standard error, in that order."),
            Schema.object([
                "output": Schema.string.doc("The destination of standard output, written as above."),
                "error": Schema.string.doc("The destination of standard error, written as above."),
            ])
            .doc("The two destinations by name.")
        )
    }
}
