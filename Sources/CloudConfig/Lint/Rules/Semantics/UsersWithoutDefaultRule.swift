/// `users` that drops the image's default user.
struct UsersWithoutDefaultRule: LintRule {
    let definition = RuleDescription(
        id: .usersWithoutDefault, family: .semantics, defaultSeverity: .note,
        summary: "users does not include default, so the image's default user is not created",
        rationale: "The image's configuration lists `users: [default]`; a `users` key in user-data replaces that "
            + "list. Without `default` in it, cloud-init does not create the distribution's default user "
            + "(`ubuntu`, `debian`, `ec2-user`, ...) — and on Azure that is the admin user named in the portal "
            + "or API, whose SSH keys and password then go nowhere. That may be intended; if not, add `default` "
            + "as the first item. `user:` (the older single-user key) keeps the default user, and an empty "
            + "`users: []` is taken as a deliberate choice.",
        triggeringExamples: [
            "1️⃣users:\n  - name: ops\n    ssh_authorized_keys: [ssh-ed25519 AAAAC3Nza ops@host]\n",
            RuleExample("1️⃣users: ops, deploy\n", message: "users does not include 'default'"),
        ],
        nonTriggeringExamples: [
            "users:\n  - default\n  - name: ops\n",
            "users: default, ops\n",
            "user: ops\nusers:\n  - name: deploy\n",
            "users: []\n",
        ],
        inputKinds: [.userData])

    func check(_ context: LintContext) -> [Diagnostic] {
        // The key is compared by its bytes, without reading every top-level key into an array:
        // for `users`, as for any ASCII text without K, ; or `, the same answer as `==`.
        guard context.isCloudConfig, let root = context.root, context.kind(of: root) == .mapping,
            let entry = context.entry("users", in: root)
        else { return [] }
        let accounts = DocumentAccounts.of(context)
        guard context.isTruthy(entry.value), !accounts.keepsDefaultUser(in: context) else { return [] }
        return [
            diagnostic(
                .usersWithoutDefault, at: context.range(entry.key), keyPath: KeyPath.root.appending(key: "users"))
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static let usersWithoutDefault = Self(
        "users does not include 'default', so cloud-init does not create the image's default user (on Azure, the "
            + "admin user given to the portal or API); add '- default' to keep it")
}
