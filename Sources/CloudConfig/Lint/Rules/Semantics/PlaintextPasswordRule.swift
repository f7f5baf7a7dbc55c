/// Passwords written in plain text in user-data.
struct PlaintextPasswordRule: LintRule {
    let definition = RuleDescription(
        id: .plaintextPassword, family: .semantics, defaultSeverity: .warning,
        summary: "A password is written in plain text in user-data",
        rationale: "cloud-init accepts plain-text passwords in `plain_text_passwd`, in `chpasswd.users` entries "
            + "with `type: text`, in `chpasswd.list` and in the top-level `password`, and does not warn about "
            + "them. User-data is not a secret store: any process on the instance can usually read it back from "
            + "the cloud's metadata service, cloud-init keeps a copy under /var/lib/cloud, and it travels "
            + "through templates, CI logs and the cloud's API. A crypt hash (`mkpasswd -m sha-512`, "
            + "`openssl passwd -6`) sets the same password without disclosing it. `R` and `RANDOM` ask for a "
            + "random password and are fine.",
        triggeringExamples: [
            "users:\n  - name: ops\n    lock_passwd: false\n    plain_text_passwd: 1️⃣hunter2\n",
            "chpasswd:\n  users:\n    - name: ops\n      password: 1️⃣hunter2\n      type: text\n",
            "chpasswd:\n  list:\n    - 1️⃣ops:hunter2\n    - root:RANDOM\n",
            "chpasswd:\n  list: |\n    1️⃣ops:hunter2\n    2️⃣root:toor\n",
            RuleExample(
                "password: 1️⃣hunter2\n",
                message: "'password' holds the default user's password in plain text: user-data can be read back "
                    + "from the cloud's metadata service"),
        ],
        nonTriggeringExamples: [
            "chpasswd:\n  users:\n    - name: ops\n      password: $6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q\n",
            "chpasswd:\n  users:\n    - name: ops\n      type: RANDOM\n",
            "chpasswd:\n  list:\n    - ops:R\n    - root:$6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q\n",
            "password: RANDOM\n",
        ],
        inputKinds: [.userData])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig else { return [] }
        let accounts = DocumentAccounts.of(context)
        return PasswordSetting.all(in: context, accounts: accounts).compactMap { setting in
            guard setting.password.isPlainText, !setting.isRandom, !setting.isSetAsHash,
                let message = Diagnostic.Message.plaintextPassword(setting.field, isIgnored: setting.isIgnored)
            else { return nil }
            return diagnostic(message, at: setting.range, keyPath: setting.path)
        }
    }
}

extension Diagnostic.Message {
    /// Where the secret ends up and what to do instead.
    private static let exposure =
        "user-data can be read back from the cloud's metadata service by any process on the instance and is kept "
        + "under /var/lib/cloud, so the password is not secret; give a crypt hash instead (mkpasswd -m sha-512 or "
        + "openssl passwd -6)"

    fileprivate static func plaintextPassword(_ field: PasswordField, isIgnored: Bool) -> Self? {
        switch field {
        case .plainTextPasswd:
            "'plain_text_passwd' holds the password in plain text: \(exposure) in hashed_passwd"
        case .chpasswdText:
            "this password is plain text (type: text): \(exposure) and drop type: text"
        case .chpasswdList:
            "this chpasswd.list entry has a plain-text password: \(exposure)"
        case .topLevel:
            Self(
                "'password' holds the default user's password in plain text: \(exposure)"
                    + (isIgnored ? "; cloud-init even ignores it, as chpasswd sets passwords" : ""))
        case .passwd, .hashedPasswd, .chpasswdHash:
            nil
        }
    }
}
