extension CatalogModule {
    /// `timezone`.
    static let timezone = CatalogModule(
        id: "cc_timezone", moduleName: "timezone",
        summary: "Sets the system time zone, once per instance in the config stage.",
        keys: [
            "timezone": Schema.string.doc(
                "The time zone, as a name under /usr/share/zoneinfo such as `Europe/Berlin` or `UTC`.")
        ])
}
