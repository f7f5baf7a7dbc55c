/// `ssh_pwauth: true` while no password is set.
struct SSHPasswordAuthWithoutPasswordRule: LintRule {
    let definition = RuleDescription(
        id: .sshPwauthWithoutPassword, family: .semantics, defaultSeverity: .warning,
        summary: "SSH password login is enabled but no password is set",
        rationale: "`ssh_pwauth: true` makes cloud-init set `PasswordAuthentication yes` for sshd. It does not "
            + "give any account a password: that takes a user's `passwd`, `hashed_passwd` or "
            + "`plain_text_passwd`, `chpasswd.users` or `chpasswd.list`, or the top-level `password`. With none "
            + "of them, password login is open but no account can use it, unless the image or the platform sets "
            + "a password — on Azure, the admin password given to the portal or API is applied to the default "
            + "user by the datasource, which also sets ssh_pwauth itself from the password-authentication "
            + "choice.",
        triggeringExamples: [
            "ssh_pwauth: 1️⃣true\nusers:\n  - default\n  - name: ops\n    ssh_authorized_keys: [ssh-ed25519 AAAAC3Nza ops@host]\n",
            RuleExample(
                "ssh_pwauth: 1️⃣yes\n",
                message: "ssh_pwauth enables SSH password login, but this cloud-config sets no "
                    + "password"),
        ],
        nonTriggeringExamples: [
            "ssh_pwauth: true\nchpasswd:\n  users:\n    - name: ops\n      type: RANDOM\n",
            RuleExample(
                "ssh_pwauth: true\nusers:\n  - name: ops\n    lock_passwd: false\n"
                    + "    hashed_passwd: $6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q\n"),
            "ssh_pwauth: false\n",
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig, let pwauth = context.topLevel("ssh_pwauth"), context.isTrue(pwauth) else {
            return []
        }
        let accounts = DocumentAccounts.of(context)
        let settings = PasswordSetting.all(in: context, accounts: accounts)
        if settings.contains(where: { $0.setsPassword || $0.isRandom }) { return [] }
        if context.matches(PasswordSetting.chpasswdUsers).contains(where: { match in
            context.value("type", in: match.node).flatMap { context.string($0) } == "RANDOM"
        }) {
            return []
        }
        return [
            diagnostic(.noPassword, at: context.range(pwauth), keyPath: KeyPath.root.appending(key: "ssh_pwauth"))
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static let noPassword = Self(
        "ssh_pwauth enables SSH password login, but this cloud-config sets no password (users' passwd, hashed_passwd "
            + "or plain_text_passwd, chpasswd, or password), so no account can log in with one unless the image or "
            + "the platform sets it (on Azure, the admin password given to the platform)")
}
