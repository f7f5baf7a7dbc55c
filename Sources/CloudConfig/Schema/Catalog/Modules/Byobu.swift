extension CatalogModule {
    /// `byobu_by_default`.
    static let byobu = CatalogModule(
        id: "cc_byobu", moduleName: "byobu",
        summary: "Turns byobu, the terminal multiplexer wrapper, on or off as the login shell wrapper for "
            + "the default user, for all users, or both. byobu must already be installed.",
        keys: [
            "byobu_by_default": Schema.string(
                oneOf: "enable-system", "enable-user", "disable-system", "disable-user", "enable", "disable",
                "user", "system"
            ).doc(
                "Where to turn byobu on or off at login: `-user` values act on the default user's "
                    + "launcher, `-system` values on the system-wide default. `disable` does both; every "
                    + "enable value also turns on the system-wide default. `user` and `system` mean "
                    + "`enable-user` and `enable-system`.")
        ])
}
