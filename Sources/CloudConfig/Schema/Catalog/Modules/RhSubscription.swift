extension CatalogModule {
    /// `rh_subscription`.
    static let rhSubscription = CatalogModule(
        id: "cc_rh_subscription", moduleName: "rh_subscription",
        summary: "Red Hat Enterprise Linux: registers the system with subscription-manager, once per "
            + "instance, with either `username`/`password` or `activation_key`/`org`, then attaches pools "
            + "and enables or disables repositories.",
        keys: [
            "rh_subscription": Schema.object(
                [
                    "username": Schema.string.doc(
                        "The Red Hat account to register with, together with `password` (not with an "
                            + "activation key)."),
                    "password": Schema.string.doc(
                        "The account's password, in clear text; readable by whoever can read the user-data."),
                    "activation_key": Schema.rhSubscriptionActivationKey.since("25.3"),
                    "activation-key": Schema.rhSubscriptionHyphenated(
                        Schema.rhSubscriptionActivationKey, "activation_key"),
                    "org": Schema.oneOf(
                        Schema.string.since(after: "22.4.2"),
                        Schema.integer.deprecated("24.2", "quote the organization ID as a string")
                    )
                    .doc("The organization ID, required with an activation key."),
                    "auto_attach": Schema.rhSubscriptionAutoAttach.since("25.3"),
                    "auto-attach": Schema.rhSubscriptionHyphenated(Schema.rhSubscriptionAutoAttach, "auto_attach"),
                    "service_level": Schema.rhSubscriptionServiceLevel.since("25.3"),
                    "service-level": Schema.rhSubscriptionHyphenated(
                        Schema.rhSubscriptionServiceLevel, "service_level"),
                    "add_pool": Schema.rhSubscriptionAddPool.since("25.3"),
                    "add-pool": Schema.rhSubscriptionHyphenated(Schema.rhSubscriptionAddPool, "add_pool"),
                    "enable_repo": Schema.rhSubscriptionEnableRepo.since("25.3"),
                    "enable-repo": Schema.rhSubscriptionHyphenated(Schema.rhSubscriptionEnableRepo, "enable_repo"),
                    "disable_repo": Schema.rhSubscriptionDisableRepo.since("25.3"),
                    "disable-repo": Schema.rhSubscriptionHyphenated(
                        Schema.rhSubscriptionDisableRepo, "disable_repo"),
                    "release_version": Schema.string.since(after: "22.4.2").doc(
                        "Pin the release (`subscription-manager release --set`), such as '9.4', and clear "
                            + "the dnf/yum cache. Applied after pools and repositories."),
                    "rhsm_baseurl": Schema.rhSubscriptionRhsmBaseurl.since("25.3"),
                    "rhsm-baseurl": Schema.rhSubscriptionHyphenated(
                        Schema.rhSubscriptionRhsmBaseurl, "rhsm_baseurl"),
                    "server_hostname": Schema.rhSubscriptionServerHostname.since("25.3"),
                    "server-hostname": Schema.rhSubscriptionHyphenated(
                        Schema.rhSubscriptionServerHostname, "server_hostname"),
                ]
            )
            .allOf(
                Schema.rhSubscriptionNotBoth("activation_key", "activation-key"),
                Schema.rhSubscriptionNotBoth("auto_attach", "auto-attach"),
                Schema.rhSubscriptionNotBoth("service_level", "service-level"),
                Schema.rhSubscriptionNotBoth("add_pool", "add-pool"),
                Schema.rhSubscriptionNotBoth("enable_repo", "enable-repo"),
                Schema.rhSubscriptionNotBoth("disable_repo", "disable-repo"),
                Schema.rhSubscriptionNotBoth("rhsm_baseurl", "rhsm-baseurl"),
                Schema.rhSubscriptionNotBoth("server_hostname", "server-hostname")
            )
            .doc(
                "Red Hat subscription settings. Each key spelled with `_` (since 25.3) also has an older "
                    + "hyphenated spelling; give one or the other, not both.")
        ])
}

extension Schema {
    /// `activation_key` and `activation-key`.
    static var rhSubscriptionActivationKey: Schema {
        Schema.string.doc("The activation key to register with, together with `org` (not with a username).")
    }

    /// `auto_attach` and `auto-attach`.
    static var rhSubscriptionAutoAttach: Schema {
        Schema.boolean.doc("Attach the best-matching subscriptions automatically.")
    }

    /// `service_level` and `service-level`.
    static var rhSubscriptionServiceLevel: Schema {
        Schema.string.doc("The service level for automatic attachment, such as `self-support`; needs auto_attach.")
    }

    /// `add_pool` and `add-pool`.
    static var rhSubscriptionAddPool: Schema {
        Schema.array(Schema.string).doc("IDs of the subscription pools to attach.")
    }

    /// `enable_repo` and `enable-repo`.
    static var rhSubscriptionEnableRepo: Schema {
        Schema.array(Schema.string).doc("IDs of the repositories to enable.")
    }

    /// `disable_repo` and `disable-repo`.
    static var rhSubscriptionDisableRepo: Schema {
        Schema.array(Schema.string).doc("IDs of the repositories to disable.")
    }

    /// `rhsm_baseurl` and `rhsm-baseurl`.
    static var rhSubscriptionRhsmBaseurl: Schema {
        Schema.string.doc(
            "The content server's base URL, passed as --baseurl when registering (and kept in "
                + "/etc/rhsm/rhsm.conf).")
    }

    /// `server_hostname` and `server-hostname`.
    static var rhSubscriptionServerHostname: Schema {
        Schema.string.doc(
            "The subscription server, passed as --serverurl when registering (and kept in "
                + "/etc/rhsm/rhsm.conf).")
    }

    /// The hyphenated spelling of a key: the only one before 25.3, deprecated since.
    ///
    /// - Parameters:
    ///   - schema: The key's schema.
    ///   - key: The underscore spelling.
    /// - Returns: The schema.
    static func rhSubscriptionHyphenated(_ schema: Schema, _ key: String) -> Schema {
        schema.deprecated("25.3", "use \(key)", renamedTo: key)
    }

    /// Forbids giving both spellings of a key.
    ///
    /// - Parameters:
    ///   - key: The underscore spelling.
    ///   - hyphenated: The hyphenated spelling.
    /// - Returns: The schema.
    static func rhSubscriptionNotBoth(_ key: String, _ hyphenated: String) -> Schema {
        Schema.any.not(Schema.any.requiring(key, hyphenated))
    }
}
