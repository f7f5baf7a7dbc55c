extension CatalogModule {
    /// `users`, `user` and `groups`: accounts and groups created once per instance.
    static let usersGroups = CatalogModule(
        id: "cc_users_groups", moduleName: "users_groups",
        summary: "Creates groups and user accounts once per instance, in the init stage: the "
            + "distribution's default user (when `users` includes `default`) and the users listed, with "
            + "their groups, passwords, sudo or doas rules and SSH keys. For a user that already exists "
            + "only some settings apply (`passwd`, for one, is ignored).",
        keys: [
            "groups": Schema.usersGroupsGroups,
            "user": Schema.oneOf(
                Schema.string.doc(
                    "The default user's name. cloud-init logs a deprecation for this form (since 22.2); "
                        + "prefer a mapping with `name`."),
                Schema.usersGroupsUser
            )
            .doc(
                "Overrides the distribution's default user: its name, or a user mapping whose keys "
                    + "replace the default user's settings. Setting it also adds `default` to `users`."),
            "users": Schema.types(.string, .array, .object)
                .items(
                    Schema.oneOf(
                        Schema.string.doc(
                            "A user name, or `default` for the distribution's default user (its settings "
                                + "come from system_info.default_user in the image)."),
                        Schema.array(Schema.string).doc("Several user names."),
                        Schema.usersGroupsUser
                    )
                )
                .olderForm(through: "22.4.2") { $0.minItems = 1 }
                .doc(
                    "The users to create, in order. Include `default` to keep the distribution's default "
                        + "user (on Azure, the admin user chosen in the portal): a `users` list without it "
                        + "drops that user. An empty list creates none. The comma-separated string and "
                        + "mapping forms still work, but cloud-init logs a deprecation for them (since 22.2)."),
        ])
}

extension Schema {
    /// The members of a group in the top-level `groups`.
    static var usersGroupsGroupMembers: Schema {
        Schema.types(.string, .array)
            .items(Schema.string)
            .minItems(1)
            .doc("The members added to the group: a user name or a list of user names.")
    }

    /// The top-level `groups`: names, or group names mapped to members.
    ///
    /// cloud-init's schema puts a `$ref` to its `groups_by_groupname` next to `type` and `items`;
    /// its validator evaluates both, so the referenced keywords are merged into this node.
    static var usersGroupsGroups: Schema {
        Schema.types(.string, .object, .array)
            .patternProperty("^.+$", usersGroupsGroupMembers)
            .additional(.forbidden)
            .items(
                Schema.types(.string, .object)
                    .patternProperty("^.+$", usersGroupsGroupMembers)
                    .additional(.forbidden)
                    .doc("A group name, or a mapping from group names to their members.")
            )
            .minItems(1)
            .doc(
                "Groups to create before the users: a comma-separated string of names, a list of names, or "
                    + "a mapping from each group name to its members. Members must exist already or be "
                    + "created by `users`.")
    }

    /// A user entry of `users`, or the mapping form of `user`.
    ///
    /// cloud-init's schema puts `type: object` next to a `$ref` to its `users_groups.user`; both apply,
    /// so they are one node here. Built once: `user` and `users` both hold it.
    static let usersGroupsUser: Schema = {
        Schema.object(usersGroupsUserAccount)
            .adding(usersGroupsUserPasswords)
            .adding(usersGroupsUserAccess)
            .adding(usersGroupsUserHyphenated)
            .oneOf(Schema.any.requiring("name"), Schema.any.requiring("snapuser"))
            .doc(
                "A user to create, or to update if it exists. Needs `name` (or `snapuser`), not both. "
                    + "cloud-init reads hyphenated keys as the underscore spelling.")
    }()

    /// The keys of a user entry that describe the account itself.
    static var usersGroupsUserAccount: KeyValuePairs<String, Schema> {
        [
            "name": Schema.string.doc("The login name."),
            "gecos": Schema.string.doc("The comment field of the account, usually the person's full name."),
            "homedir": Schema.string.doc("The home directory. Default /home/<name>."),
            "shell": Schema.string.doc("The login shell's path, such as /bin/bash. Default: useradd's default."),
            "uid": Schema.oneOf(
                Schema.integer,
                Schema.string.changed("22.3", "write the user ID as an integer")
            )
            .doc("The numeric user ID. Default: the next free ID."),
            "primary_group": Schema.string.doc(
                "The primary group. Default: a new group named after the user (see no_user_group)."),
            "groups": Schema.usersGroupsUserGroups,
            "create_groups": Schema.boolean.defaultValue(true).doc(
                "Create the groups in `groups` that do not exist yet. Default true."),
            "no_user_group": Schema.boolean.defaultValue(false).doc(
                "Do not create a group named after the user. Default false."),
            "no_create_home": Schema.boolean.defaultValue(false).doc(
                "Do not create the home directory. Default false."),
            "no_log_init": Schema.boolean.defaultValue(false).doc(
                "Do not add the user to the lastlog and faillog databases. Default false."),
            "system": Schema.boolean.defaultValue(false).doc(
                "Create a system account, without a home directory. Default false."),
            "selinux_user": Schema.string.doc(
                "The SELinux user for the account's logins. Default: the system's default SELinux user."),
            "expiredate": Schema.string.format(.date).defaultValue(.null).doc(
                "The day the account is disabled, as `YYYY-MM-DD`. Quote it: unquoted, YAML reads a "
                    + "date, which is not a string. Default: never."),
            "inactive": Schema.string.doc(
                "Days after the password expires until the account is disabled, as a string such as "
                    + "'30' (useradd --inactive)."),
            "snapuser": Schema.string.doc(
                "The e-mail address of an Ubuntu SSO account: the user is created with `snap "
                    + "create-user`, which takes the name and SSH keys from that account. Replaces `name`."),
        ]
    }

    /// The `groups` of a user entry.
    static var usersGroupsUserGroups: Schema {
        Schema.oneOf(
            Schema.string.doc("Group names separated by commas."),
            Schema.array(Schema.string).minItems(1).doc("Group names."),
            Schema.types(.object)
                .patternProperty(
                    "^.+$",
                    Schema.types(.null)
                        .minItems(1)
                        .deprecated("23.1", "list the groups as a string or a list of strings")
                        .doc("A group name mapped to nothing.")
                )
                .doc("Group names as keys of a mapping, with empty values.")
        )
        .doc(
            "Supplementary groups for the user: a comma-separated string or a list. Groups that do not "
                + "exist are created unless create_groups is false.")
    }

    /// The keys of a user entry that set its password.
    static var usersGroupsUserPasswords: KeyValuePairs<String, Schema> {
        [
            "lock_passwd": Schema.boolean.defaultValue(true).doc(
                "Lock the password, so that it cannot be used to log in. Default true: a password set "
                    + "here works only with `lock_passwd: false`."),
            "passwd": Schema.string.doc(
                "A password hash (crypt format, for example from `mkpasswd --method=SHA-512`), never the "
                    + "password itself. Applied only when the user is created: ignored, with a warning, for "
                    + "an existing user."),
            "hashed_passwd": Schema.string.doc(
                "A password hash (crypt format), applied whether or not the user exists."),
            "plain_text_passwd": Schema.string.doc(
                "The password in clear text, applied whether or not the user exists. Whoever can read the "
                    + "user-data (on some clouds, any local user) can read it: prefer hashed_passwd or SSH "
                    + "keys."),
        ]
    }

    /// The keys of a user entry that grant privileges and SSH access.
    static var usersGroupsUserAccess: KeyValuePairs<String, Schema> {
        [
            "sudo": Schema.oneOf(
                Schema.types(.string, .null).doc(
                    "One sudoers rule, such as `ALL=(ALL) NOPASSWD:ALL`; null adds none."),
                Schema.array(Schema.types(.string, .null)).since(after: "22.4.2").doc("Several sudoers rules."),
                Schema.boolean.changed("22.2", "use null (or leave sudo out) for no rules")
            )
            .doc(
                "sudoers rules for the user, written to /etc/sudoers.d/90-cloud-init-users. Absent or "
                    + "null: no rules."),
            "doas": Schema.array(Schema.string).minItems(1).since(after: "22.4.2").doc(
                "doas rules for the user, such as `permit nopass alice`, written to /etc/doas.conf. doas "
                    + "or opendoas must be installed."),
            "ssh_authorized_keys": Schema.array(Schema.string).minItems(1).doc(
                "Public keys added to the user's ~/.ssh/authorized_keys. Not with ssh_redirect_user."),
            "ssh_import_id": Schema.array(Schema.string).minItems(1).doc(
                "IDs whose public keys ssh-import-id adds for the user, such as `gh:octocat` (GitHub) "
                    + "or `lp:name` (Launchpad). Not with ssh_redirect_user."),
            "ssh_redirect_user": Schema.boolean.defaultValue(false).doc(
                "Install the cloud's public keys for this user in a disabled form: an SSH login as this "
                    + "user prints a message naming the default user and disconnects. Not with "
                    + "ssh_authorized_keys or ssh_import_id. Default false."),
        ]
    }

    /// The hyphenated spellings of user keys, which cloud-init always rewrote to underscores at
    /// boot. 22.4.2's schema knew only `lock-passwd`; the others entered the schema, as deprecated
    /// aliases, in 24.2 (`ssh-authorized-keys` in a release after 22.4.2), and before that the
    /// schema rejected a user that used them.
    static var usersGroupsUserHyphenated: KeyValuePairs<String, Schema> {
        [
            "lock-passwd": usersGroupsHyphenated(Schema.boolean, "lock_passwd", since: "22.3"),
            "no-create-home": usersGroupsHyphenated(Schema.boolean, "no_create_home", since: "24.2").since("24.2"),
            "no-log-init": usersGroupsHyphenated(Schema.boolean, "no_log_init", since: "24.2").since("24.2"),
            "no-user-group": usersGroupsHyphenated(Schema.boolean, "no_user_group", since: "24.2").since("24.2"),
            "hashed-passwd": usersGroupsHyphenated(Schema.string, "hashed_passwd", since: "24.2").since("24.2"),
            "plain-text-passwd": usersGroupsHyphenated(Schema.string, "plain_text_passwd", since: "24.2")
                .since("24.2"),
            "create-groups": usersGroupsHyphenated(Schema.boolean, "create_groups", since: "24.2").since("24.2"),
            "primary-group": usersGroupsHyphenated(Schema.string, "primary_group", since: "24.2").since("24.2"),
            "selinux-user": usersGroupsHyphenated(Schema.string, "selinux_user", since: "24.2").since("24.2"),
            "ssh-authorized-keys": usersGroupsHyphenated(
                Schema.array(Schema.string).minItems(1), "ssh_authorized_keys", since: "18.3"
            ).since(after: "22.4.2"),
            "ssh-import-id": usersGroupsHyphenated(
                Schema.array(Schema.string).minItems(1), "ssh_import_id", since: "24.2"
            ).since("24.2"),
            "ssh-redirect-user": usersGroupsHyphenated(Schema.boolean, "ssh_redirect_user", since: "24.2")
                .since("24.2"),
        ]
    }

    /// A hyphenated user key: the same value as its underscore spelling, deprecated in favour of it.
    ///
    /// - Parameters:
    ///   - schema: The value's schema.
    ///   - key: The underscore spelling.
    ///   - version: The release that deprecated the hyphenated spelling.
    /// - Returns: The schema.
    static func usersGroupsHyphenated(_ schema: Schema, _ key: String, since version: CloudInitVersion)
        -> Schema
    {
        schema.deprecated(version, "use \(key)", renamedTo: key).doc(
            "The hyphenated spelling of \(key), read as \(key).")
    }
}
