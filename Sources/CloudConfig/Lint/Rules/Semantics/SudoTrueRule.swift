/// `sudo: true` on a user, which both cloud-init schemas accept with a deprecation but which
/// cloud-init cannot write as a sudoers rule.
///
/// At boot, `Distro.create_user` passes a true `sudo` to `write_sudo_rules`, which takes a string
/// or a list of strings and raises `TypeError` for anything else (22.4.2 and 26.2 alike). The
/// exception ends the users_groups module: the user was created, but gets no sudo rule, its SSH
/// keys (installed after the sudo rule) are not installed, and the users cloud-init would have
/// created after it are not created. The `false` form stays a deprecation (it means no rule).
///
/// The image's default user is special: with `users: [{name: default, sudo: true}]` (or
/// `users: {default: {sudo: true}}`) cloud-init 22.4.2 merges the image's `default_user` over the
/// entry, so the image's rule wins when it has one (Debian's and Ubuntu's images grant
/// `ALL=(ALL) NOPASSWD:ALL`); from ``userDataWinsForDefaultUser`` on, the entry wins and the
/// `TypeError` happens there too. `user:` always wins over the image's `default_user`.
struct SudoTrueRule: LintRule {
    let definition = RuleDescription(
        id: .sudoTrue, family: .semantics, defaultSeverity: .error,
        summary: "A user's sudo is true, which is not a sudoers rule",
        rationale: "`sudo` takes sudoers rules: a string such as `ALL=(ALL) NOPASSWD:ALL`, a list of them, "
            + "or null (false also means none, deprecated since 22.2). Both cloud-init schemas accept `true` "
            + "with only a deprecation, but at boot cloud-init raises TypeError (\"Can not create sudoers "
            + "rule addition with type 'bool'\") when it writes the user's rules: the user gets no sudo rule, "
            + "its SSH keys are not installed and the users_groups module stops, so the users after it are "
            + "not created. The fix writes `ALL=(ALL) NOPASSWD:ALL`, the rule cloud-init's images give their "
            + "default user and the only one that works for an account whose password is locked (the "
            + "default): it is what `sudo: true` asks for. For the image's default user (`name: default`), "
            + "cloud-init 22.4.2 keeps the image's own sudo rule and ignores the value, which is a warning "
            + "there; 26.2 applies it and fails.",
        triggeringExamples: [
            RuleExample(
                "users:\n  - name: ops\n    sudo: 1️⃣true\n    ssh_authorized_keys: [ssh-ed25519 AAAAC3Nza ops@host]\n",
                message: "cloud-init raises TypeError writing the sudoers rules of 'ops'",
                corrected:
                    "users:\n  - name: ops\n    sudo: ALL=(ALL) NOPASSWD:ALL\n"
                    + "    ssh_authorized_keys: [ssh-ed25519 AAAAC3Nza ops@host]\n"),
            RuleExample(
                "user: {name: ops, sudo: 1️⃣yes}\n", message: "sudo: true is not a sudoers rule",
                corrected: "user: {name: ops, sudo: ALL=(ALL) NOPASSWD:ALL}\n"),
            RuleExample(
                "users:\n  - default\n  - name: default\n    sudo: 1️⃣true\n",
                message: "the default user",
                corrected: "users:\n  - default\n  - name: default\n    sudo: ALL=(ALL) NOPASSWD:ALL\n"),
            RuleExample(
                "users:\n  - name: default\n    sudo: 1️⃣true\n", message: "keeps the image's default_user sudo rule",
                corrected: "users:\n  - name: default\n    sudo: ALL=(ALL) NOPASSWD:ALL\n", target: .debian12),
        ],
        nonTriggeringExamples: [
            "users:\n  - name: ops\n    sudo: ALL=(ALL) NOPASSWD:ALL\n",
            "users:\n  - name: ops\n    sudo: false\n",
            "users:\n  - name: ops\n    sudo: null\n",
            "users:\n  - name: ops\n    sudo: ['ALL=(ALL) NOPASSWD:/usr/bin/systemctl']\n",
        ],
        supersedes: [.deprecatedValue],
        fixSafety: .suggestion(
            "the sudo rule written in place of true grants passwordless root for every command; how much to "
                + "grant is the writer's decision"))

    /// The first release seen to let a `default` entry's settings win over the image's
    /// `default_user` (verified on 26.2; 22.4.2 lets the image's win). Releases in between are
    /// not verified and are treated like 22.4.2.
    static let userDataWinsForDefaultUser: CloudInitVersion = "26.2"

    /// The rule cloudcfg writes for `true`.
    static let passwordlessRule = "ALL=(ALL) NOPASSWD:ALL"

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig else { return [] }
        return DocumentAccounts.of(context).entries.compactMap { entry in
            guard let sudo = entry.settings.entry("sudo"),
                case .bool(true)? = context.scalar(sudo.value)
            else { return nil }
            let fix = FixIt(
                message: "grant passwordless sudo for every command: \(Self.passwordlessRule)",
                edits: [TextEdit(range: context.range(sudo.value), replacement: Self.passwordlessRule)])
            let keyPath = entry.path.appending(key: sudo.name)
            let range = context.range(sudo.value)
            let isDefaultEntry = entry.name == nil && entry.path.description.hasPrefix("users")
            if isDefaultEntry, context.target < Self.userDataWinsForDefaultUser {
                return diagnostic(
                    .sudoTrueIgnored(target: context.target), at: range, keyPath: keyPath, fixIts: [fix],
                    severity: .warning)
            }
            let user = entry.name.map { "'\($0)'" } ?? "the default user"
            return diagnostic(.sudoTrue(user), at: range, keyPath: keyPath, fixIts: [fix])
        }
    }
}

extension Diagnostic.Message {
    fileprivate static func sudoTrue(_ user: String) -> Self {
        Self(
            "sudo: true is not a sudoers rule: cloud-init raises TypeError writing the sudoers rules of \(user), "
                + "so the user gets no sudo rule, its SSH keys are not installed and the users after it are not "
                + "created; for passwordless sudo write \(SudoTrueRule.passwordlessRule)")
    }

    fileprivate static func sudoTrueIgnored(target: CloudInitVersion) -> Self {
        Self(
            "sudo: true is not a sudoers rule: cloud-init \(target) keeps the image's default_user sudo rule "
                + "and ignores this one (on an image whose default_user has none it raises TypeError), and "
                + "cloud-init \(SudoTrueRule.userDataWinsForDefaultUser) applies it and fails; write "
                + SudoTrueRule.passwordlessRule)
    }
}
