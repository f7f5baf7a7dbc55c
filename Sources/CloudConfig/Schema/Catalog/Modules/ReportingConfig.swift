extension CatalogModule {
    /// `reporting`: where cloud-init reports its progress events.
    static let reportingConfig = CatalogModule(
        id: "reporting_config", moduleName: nil,
        summary: "Settings cloud-init reads itself: where it sends events about its progress (start and "
            + "end of each stage and module) - the log, the console, a webhook or Hyper-V KVP.",
        keys: [
            "reporting": Schema.types(.object)
                .patternProperty("^.+$", Schema.reportingConfigReporter)
                .additional(.forbidden)
                .doc("Event reporters, each under a name of your choice.")
        ])
}

extension Schema {
    /// One reporter of `reporting`, chosen by its `type`.
    static var reportingConfigReporter: Schema {
        Schema.types(.object)
            .oneOf(
                Schema.any.adding([
                    "type": Schema.string(oneOf: "log").required.doc("Write events to cloud-init's log."),
                    "level": Schema.string(oneOf: "DEBUG", "INFO", "WARN", "ERROR", "FATAL")
                        .defaultValue("DEBUG")
                        .doc("The log level of the events. Default DEBUG."),
                ])
                .additional(.forbidden),
                Schema.any.adding([
                    "type": Schema.string(oneOf: "print").required.doc("Print events to standard output.")
                ])
                .additional(.forbidden),
                Schema.reportingConfigWebhook,
                Schema.any.adding([
                    "type": Schema.string(oneOf: "hyperv").required.doc(
                        "Write events to a Hyper-V KVP pool file, which the host can read."),
                    "kvp_file_path": Schema.string.defaultValue("/var/lib/hyperv/.kvp_pool_1").doc(
                        "The KVP pool file. Default /var/lib/hyperv/.kvp_pool_1."),
                    "event_types": Schema.array(Schema.string).doc("The event types to report; default all."),
                ])
                .additional(.forbidden)
            )
            .doc("A reporter: `type` log, print, webhook or hyperv, and that type's settings.")
    }

    /// The webhook reporter.
    static var reportingConfigWebhook: Schema {
        Schema.any.adding([
            "type": Schema.string(oneOf: "webhook").required.doc("POST events as JSON to a URL."),
            "endpoint": Schema.string.format(.uri).required.doc("The URL the events are posted to."),
            "consumer_key": Schema.string.doc("The OAuth consumer key, if the endpoint needs OAuth."),
            "token_key": Schema.string.doc("The OAuth token key."),
            "token_secret": Schema.string.doc("The OAuth token secret."),
            "consumer_secret": Schema.string.doc("The OAuth consumer secret."),
            "timeout": Schema.number.minimum(0).doc("Seconds to wait for the endpoint to answer."),
            "retries": Schema.integer.minimum(0).doc("How many times to retry a failed post."),
        ])
        .additional(.forbidden)
    }
}
