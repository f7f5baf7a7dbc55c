extension CatalogModule {
    /// `ssh_pwauth`, `chpasswd` and `password`.
    static let setPasswords = CatalogModule(
        id: "cc_set_passwords", moduleName: "set_passwords",
        summary: "Sets passwords of existing users (including the default user) and whether sshd accepts "
            + "password logins. Runs once per instance in the config stage, after users are created.",
        keys: [
            "ssh_pwauth": Schema.oneOf(
                Schema.boolean,
                Schema.string.changed("22.3", "use true or false, or leave the key out to keep sshd's setting")
            )
            .doc(
                "Whether sshd accepts password logins: true allows, false forbids. Absent (or "
                    + "`unchanged`): sshd_config is left as it is. cloud-init restarts sshd to apply it "
                    + "(on systemd only if sshd already runs). On Azure the platform sets it from the "
                    + "portal's choice; a value here overrides that."),
            "chpasswd": Schema.object([
                "expire": Schema.boolean.defaultValue(true).doc(
                    "Expire the passwords set here, so that the users must choose a new one at their "
                        + "first login. Applies to hashes too. Default true."),
                "users": Schema.array(Schema.setPasswordsUser).doc(
                    "Existing users whose passwords to set: `{name, password}` with `type` hash "
                        + "(default) or text, or `{name, type: RANDOM}` for a generated password, which "
                        + "is printed to the console. Random passwords may be weak."),
                "list": Schema.oneOf(
                    Schema.string.doc("`user:password` lines."),
                    Schema.array(Schema.string.pattern("^.+:.+$")).doc("`user:password` items.")
                )
                .minItems(1)
                .deprecated("22.2", "move the entries to chpasswd.users as {name, password, type} mappings")
                .doc(
                    "Passwords as `user:password`; a password of R or RANDOM generates one, and a value "
                        + "that looks like a crypt hash ($1$, $5$, $6$...) is set as a hash."),
            ])
            .doc("Passwords for existing users, set with chpasswd."),
            "password": Schema.string.doc(
                "A clear-text password for the default user, used only when chpasswd names no users. "
                    + "Subject to chpasswd.expire, so by default it must be changed at the first login. "
                    + "R or RANDOM generates one. Readable by whoever can read the user-data."),
        ])
}

extension Schema {
    /// An entry of `chpasswd.users`: a password to set, or a random one.
    static var setPasswordsUser: Schema {
        Schema.types(.object)
            .minItems(1)  // a no-op on a mapping, as in cloud-init's schema
            .anyOf(
                Schema.any.adding([
                    "name": Schema.string.required.doc("The user's login name."),
                    "type": Schema.string(oneOf: "RANDOM").required.doc("Generate a random password."),
                ])
                .additional(.forbidden),
                Schema.any.adding([
                    "name": Schema.string.required.doc("The user's login name."),
                    "type": Schema.string(oneOf: "hash", "text").defaultValue("hash").doc(
                        "Whether `password` is a crypt hash (default) or clear text."),
                    "password": Schema.string.required.doc("The password hash, or the password itself."),
                ])
                .additional(.forbidden)
            )
            .doc("A user and the password to set.")
    }
}
