/// Plain text where cloud-init expects a password hash.
struct PasswordNotHashedRule: LintRule {
    let definition = RuleDescription(
        id: .passwordNotHashed, family: .semantics, defaultSeverity: .error,
        summary: "A password field that takes a hash holds plain text",
        rationale: "A user's `passwd` goes to `useradd --password`, and `hashed_passwd` and `chpasswd.users` "
            + "entries (whose type defaults to hash) go to `chpasswd -e`. Both store the value in /etc/shadow "
            + "as if it were a crypt hash, so no password typed at login matches it, and the plain text ends up "
            + "in /etc/shadow besides user-data. A hash starts with its scheme's `$id$` ($6$ for SHA-512, $y$ "
            + "for yescrypt, $2b$ for bcrypt, ...); `!` and `*` lock the password on purpose. Generate a hash "
            + "with `mkpasswd -m sha-512` or `openssl passwd -6`.",
        triggeringExamples: [
            RuleExample(
                "users:\n  - name: ops\n    lock_passwd: false\n    passwd: 1️⃣hunter2\n",
                message: "'passwd' is not a password hash: cloud-init passes it to useradd --password, which stores "
                    + "it in /etc/shadow as if it were a hash"),
            "users:\n  - name: ops\n    lock_passwd: false\n    hashed_passwd: 1️⃣'correct horse'\n",
            "chpasswd:\n  users:\n    - name: ops\n      password: 1️⃣hunter2\n",
            "user:\n  name: ops\n  lock_passwd: false\n  passwd: 1️⃣hunter2\n",
        ],
        nonTriggeringExamples: [
            "users:\n  - name: ops\n    lock_passwd: false\n    passwd: $6$rounds=4096$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q\n",
            "users:\n  - name: ops\n    hashed_passwd: $y$j9T$Fz8Jc4m0d7aXb2$Qm8r0K3sL1vN6pT9wZ2yC5eH7jU4iO1aS3dF6gH8kL0\n",
            "users:\n  - name: ops\n    hashed_passwd: '!'\n",
            "chpasswd:\n  users:\n    - name: ops\n      password: hunter2\n      type: text\n",
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig else { return [] }
        let accounts = DocumentAccounts.of(context)
        return PasswordSetting.all(in: context, accounts: accounts).compactMap { setting in
            guard setting.password.isPlainText, let message = Diagnostic.Message.notHashed(setting.field) else {
                return nil
            }
            return diagnostic(message, at: setting.range, keyPath: setting.path)
        }
    }
}

extension Diagnostic.Message {
    fileprivate static func notHashed(_ field: PasswordField) -> Self? {
        let consumer: String
        switch field {
        case .passwd:
            consumer = "'passwd' is not a password hash: cloud-init passes it to useradd --password"
        case .hashedPasswd:
            consumer = "'hashed_passwd' is not a password hash: cloud-init passes it to chpasswd -e"
        case .chpasswdHash:
            consumer =
                "this password is not a hash, and chpasswd.users entries are hashes unless their type is text: "
                + "cloud-init passes it to chpasswd -e"
        case .plainTextPasswd, .chpasswdText, .chpasswdList, .topLevel:
            return nil
        }
        return Self(
            "\(consumer), which stores it in /etc/shadow as if it were a hash: no password typed at login matches "
                + "it, and the plain text stays readable there; put a crypt hash here (mkpasswd -m sha-512 or "
                + "openssl passwd -6)")
    }
}
