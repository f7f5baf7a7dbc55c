extension CatalogModule {
    /// `ssh`: host keys, authorized keys and root login.
    static let ssh = CatalogModule(
        id: "cc_ssh", moduleName: "ssh",
        summary: "Sets up SSH once per instance in the init stage: replaces the image's host keys "
            + "(generated, or given in `ssh_keys`), installs the default user's authorized keys, blocks "
            + "root logins and can publish the host keys to the cloud.",
        keys: [
            "ssh_keys": Schema.types(.object)
                .patternProperty(
                    "^(ecdsa|ed25519|rsa)_(public|private|certificate)$",
                    Schema.string.doc("A key or certificate, in OpenSSH format; use a YAML block scalar (|).")
                )
                .patternProperty(
                    "^dsa_(public|private|certificate)$",
                    Schema.string.removed(after: "22.4.2").doc(
                        "A DSA host key; newer cloud-init dropped DSA, as OpenSSH did.")
                )
                .additional(.forbidden)
                .doc(
                    "Host keys to install instead of generating them: `<type>_private`, `<type>_public` "
                        + "and optionally `<type>_certificate`, for the types rsa, ecdsa and ed25519. "
                        + "Given this, cloud-init generates no host keys. Private keys in user-data may be "
                        + "readable by unprivileged users on some clouds."),
            "ssh_authorized_keys": Schema.array(Schema.string).minItems(1).doc(
                "Public keys added to the default user's ~/.ssh/authorized_keys."),
            "ssh_deletekeys": Schema.boolean.defaultValue(true).doc(
                "Delete the image's host keys first, so that instances made from one image do not share "
                    + "them. Default true."),
            "ssh_genkeytypes": Schema.array(
                Schema.string.oneOf(
                    Schema.oneOfValues("ecdsa", "ed25519", "rsa"),
                    // 22.4.2 also generated DSA keys (its default list included dsa).
                    Schema.oneOfValues("dsa").removed(after: "22.4.2").doc(
                        "DSA, which newer cloud-init no longer generates.")
                )
            )
            .minItems(1)
            .defaultValue(.list(["ecdsa", "ed25519", "rsa"]))
            .doc(
                "The host key types to generate when missing. Default rsa, ecdsa and ed25519. On Azure, "
                    + "keep the type waagent waits for (rsa unless Provisioning.SshHostKeyPairType says "
                    + "otherwise)."),
            "disable_root": Schema.boolean.defaultValue(true).doc(
                "Block SSH logins as root: root's authorized keys get disable_root_opts, which print a "
                    + "message naming the default user and disconnect. Default true."),
            "disable_root_opts": Schema.string
                .defaultValue(.string(Schema.sshDisableRootOptsDefault))
                .doc(
                    "The authorized_keys options put before each of root's keys when disable_root is "
                        + "true. `$USER` is replaced by the default user's name and `$DISABLE_USER` by root."),
            "allow_public_ssh_keys": Schema.boolean.defaultValue(true).doc(
                "Add the public keys from the datasource's metadata (such as the key chosen when the "
                    + "instance was created) to the default user. Default true."),
            "ssh_quiet_keygen": Schema.boolean.defaultValue(false).doc(
                "Do not print ssh-keygen's output to the console. Default false."),
            "ssh_publish_hostkeys": Schema.object([
                "enabled": Schema.boolean.defaultValue(true).doc(
                    "Publish the public host keys (/etc/ssh/*.pub). Default true."),
                "blacklist": Schema.array(Schema.string).doc(
                    "Key types not to publish, such as `[rsa]`. Default: publish every type."),
            ])
            .doc("Whether to report the host's public keys to the datasource, on clouds that support it."),
        ])
}

extension Schema {
    /// cloud-init's `disable_root_opts`: refuse the login with a message naming the default user.
    static let sshDisableRootOptsDefault =
        "no-port-forwarding,no-agent-forwarding,no-X11-forwarding,"
        + #"command="echo 'Please login as the user \"$USER\" rather than the user \"$DISABLE_USER\".';"#
        + "echo;sleep 10;exit 142\""
}
