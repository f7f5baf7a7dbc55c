extension CatalogModule {
    /// `locale`, `locale_configfile`.
    static let locale = CatalogModule(
        id: "cc_locale", moduleName: "locale",
        summary: "Sets the system locale, generating it first where the distribution needs that.",
        keys: [
            "locale": Schema.oneOf(
                // 22.4.2's runtime already skipped the module on false, but its schema rejects it.
                Schema.boolean.since(after: "22.4.2").doc("`false` leaves the locale alone."),
                Schema.string.doc("A locale name such as `en_US.UTF-8`.")
            ).doc(
                "The system locale, or `false` to skip the module. Unset, the datasource's or the "
                    + "distribution's default is used."),
            "locale_configfile": Schema.string.doc(
                "The file the locale is written to, instead of the distribution's usual one (such as "
                    + "/etc/default/locale)."),
        ])
}
