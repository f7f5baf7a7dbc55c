extension CatalogModule {
    /// `ssh_authkey_fingerprints`: fingerprints of authorized keys in the console log.
    static let sshAuthkeyFingerprints = CatalogModule(
        id: "cc_ssh_authkey_fingerprints", moduleName: "ssh_authkey_fingerprints",
        summary: "Prints the fingerprints of each user's authorized SSH keys to the console log in the "
            + "final stage, so that they can be checked from outside the instance.",
        keys: [
            "no_ssh_fingerprints": Schema.boolean.defaultValue(false).doc(
                "Do not print the authorized keys' fingerprints. Default false."),
            "authkey_hash": Schema.string.defaultValue("sha256").doc(
                "The hash algorithm of the fingerprints, by Python hashlib name such as sha256 or md5. "
                    + "Default sha256."),
        ])
}
