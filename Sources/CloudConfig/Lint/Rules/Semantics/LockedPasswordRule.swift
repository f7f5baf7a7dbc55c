/// Users given a password that cloud-init then locks.
struct LockedPasswordRule: LintRule {
    let definition = RuleDescription(
        id: .lockedPassword, family: .semantics, defaultSeverity: .warning,
        summary: "A user's password is set but stays locked",
        rationale: "`lock_passwd` defaults to true: after creating or updating a user, cloud-init runs "
            + "`passwd -l`, which disables password authentication for the account, including sudo's password "
            + "prompt, whatever `passwd`, `hashed_passwd` or `plain_text_passwd` set. A password is usable only "
            + "with `lock_passwd: false`. A later `chpasswd` entry for the same user sets a fresh password and "
            + "so lifts the lock; such users are not reported.",
        triggeringExamples: [
            RuleExample(
                "users:\n  - name: ops\n    1️⃣hashed_passwd: $6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q\n",
                message: "the password set by 'hashed_passwd' stays locked: lock_passwd defaults to true"),
            "users:\n  - name: ops\n    passwd: $6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q\n    lock_passwd: 1️⃣true\n",
        ],
        nonTriggeringExamples: [
            "users:\n  - name: ops\n    hashed_passwd: $6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q\n    lock_passwd: false\n",
            "users:\n  - name: ops\n    ssh_authorized_keys: [ssh-ed25519 AAAAC3Nza ops@host]\n",
            "users:\n  - name: ops\n    hashed_passwd: '!'\n",
            RuleExample(
                "users:\n  - name: ops\n    passwd: $6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q\n"
                    + "chpasswd:\n  users:\n    - name: ops\n      password: $6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q\n"
            ),
        ])

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig else { return [] }
        let accounts = DocumentAccounts.of(context)
        let settings = PasswordSetting.all(in: context, accounts: accounts)
        // Only an account's own password can be locked: without one, there is nothing to report.
        guard settings.contains(where: { $0.setsPassword && $0.field.isUserField }) else { return [] }
        let setLater = Set(
            settings.filter { $0.field == .chpasswdHash || $0.field == .chpasswdText || $0.field == .chpasswdList }
                .compactMap(\.userName)
                + context.matches(PasswordSetting.chpasswdUsers).compactMap { match in
                    context.value("name", in: match.node).flatMap { context.string($0) }
                })
        return accounts.entries.compactMap { account in
            let passwords = settings.filter { $0.owner == account.node && $0.setsPassword && $0.field.isUserField }
            guard let first = passwords.first, account.name.map({ !setLater.contains($0) }) ?? true else { return nil }
            let field =
                first.path.components.last.map { component -> String in
                    if case .key(let name) = component { return name }
                    return "password"
                } ?? "password"
            if let lock = account.settings.entry("lock_passwd") {
                guard context.isTruthy(lock.value) else { return nil }
                return diagnostic(
                    .lockedExplicitly(field), at: context.range(lock.value),
                    keyPath: account.path.appending(key: lock.name))
            }
            let keyRange = first.key.map { context.range($0) } ?? first.range
            return diagnostic(.lockedByDefault(field), at: keyRange, keyPath: first.path)
        }
    }
}

extension Diagnostic.Message {
    fileprivate static func lockedExplicitly(_ field: String) -> Self {
        Self(
            "lock_passwd locks the password that '\(field)' sets: cloud-init runs passwd -l after setting it, so "
                + "password login and sudo's password prompt stay disabled; set lock_passwd: false to use the password")
    }

    fileprivate static func lockedByDefault(_ field: String) -> Self {
        Self(
            "the password set by '\(field)' stays locked: lock_passwd defaults to true, so cloud-init runs passwd -l "
                + "after setting it and password login and sudo's password prompt stay disabled; add lock_passwd: "
                + "false to use the password")
    }
}
