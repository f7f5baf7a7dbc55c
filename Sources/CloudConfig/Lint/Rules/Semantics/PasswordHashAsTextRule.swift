/// Password hashes that cloud-init sets as plain text.
struct PasswordHashAsTextRule: LintRule {
    let definition = RuleDescription(
        id: .passwordHashAsText, family: .semantics, defaultSeverity: .error,
        summary: "A password hash is given where cloud-init sets plain text",
        rationale: "`plain_text_passwd` and `chpasswd.users` entries with `type: text` go to `chpasswd` without "
            + "-e, so a hash given there becomes the password itself: the account's password is the hash text. "
            + "`chpasswd.list` and the top-level `password` decide by a pattern that knows only the $1$, $2a$, "
            + "$2y$, $5$ and $6$ prefixes; a yescrypt ($y$), bcrypt $2b$ or scrypt ($7$) hash there is set as "
            + "plain text the same way. `hashed_passwd` and `chpasswd.users` (type hash, the default) take any "
            + "hash.",
        triggeringExamples: [
            RuleExample(
                "users:\n  - name: ops\n    lock_passwd: false\n    plain_text_passwd: 1️⃣$6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q\n",
                message: "'plain_text_passwd' holds a SHA-512 hash",
                corrected:
                    "users:\n  - name: ops\n    lock_passwd: false\n    hashed_passwd: $6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q\n"
            ),
            RuleExample(
                "chpasswd:\n  users:\n    - name: ops\n      password: 1️⃣$6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q\n      type: text\n",
                message: "this SHA-512 hash has type: text",
                corrected:
                    "chpasswd:\n  users:\n    - name: ops\n      password: $6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q\n      type: hash\n"
            ),
            RuleExample(
                "chpasswd:\n  list:\n    - 1️⃣ops:$y$j9T$Fz8Jc4m0d7aXb2$Qm8r0K3sL1vN6pT9wZ2yC5eH7jU4iO1aS3dF6gH8kL0\n",
                message: "chpasswd.list treats only $1$, $2a$, $2y$, $5$ and $6$ values as hashes, so cloud-init sets "
                    + "this yescrypt hash as the literal password"),
        ],
        nonTriggeringExamples: [
            "chpasswd:\n  list:\n    - ops:$6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q\n",
            "chpasswd:\n  users:\n    - name: ops\n      password: $y$j9T$Fz8Jc4m0d7aXb2$Qm8r0K3sL1vN6pT9wZ2yC5eH7jU4iO1aS3dF6gH8kL0\n",
        ],
        fixSafety: .suggestion(
            "the fix changes which password logs in (the hash's password instead of the literal text): a "
                + "change to an account's credentials is for a person to make"))

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig else { return [] }
        let accounts = DocumentAccounts.of(context)
        return PasswordSetting.all(in: context, accounts: accounts).compactMap { setting in
            guard case .hash(let hash) = setting.password, !setting.isSetAsHash, !setting.isIgnored else {
                return nil
            }
            switch setting.field {
            case .plainTextPasswd:
                var fixIts: [FixIt] = []
                if let key = setting.key, let owner = setting.owner,
                    context.normalizedEntry("hashed_passwd", in: owner) == nil
                {
                    fixIts.append(
                        FixIt(
                            message: "rename the key to hashed_passwd",
                            edits: [TextEdit(range: context.range(key), replacement: "hashed_passwd")]))
                }
                return diagnostic(
                    .hashInPlainTextField(hash.scheme), at: setting.range, keyPath: setting.path, fixIts: fixIts)
            case .chpasswdText:
                var fixIts: [FixIt] = []
                if let owner = setting.owner, let type = context.value("type", in: owner) {
                    fixIts.append(
                        FixIt(
                            message: "set type: hash",
                            edits: [TextEdit(range: context.range(type), replacement: "hash")]))
                }
                return diagnostic(
                    .hashWithTypeText(hash.scheme), at: setting.range, keyPath: setting.path, fixIts: fixIts)
            case .chpasswdList, .topLevel:
                return diagnostic(
                    .hashNotRecognized(hash.scheme, topLevel: setting.field == .topLevel), at: setting.range,
                    keyPath: setting.path)
            case .passwd, .hashedPasswd, .chpasswdHash:
                return nil
            }
        }
    }
}

extension Diagnostic.Message {
    fileprivate static func hashInPlainTextField(_ scheme: PasswordHash.Scheme) -> Self {
        Self(
            "'plain_text_passwd' holds a \(scheme) hash: cloud-init sets it with chpasswd as plain text, so the hash "
                + "text itself becomes the password; put it in hashed_passwd")
    }

    fileprivate static func hashWithTypeText(_ scheme: PasswordHash.Scheme) -> Self {
        Self(
            "this \(scheme) hash has type: text, so cloud-init sets the hash text itself as the password; use type: hash "
                + "(the default)")
    }

    fileprivate static func hashNotRecognized(_ scheme: PasswordHash.Scheme, topLevel: Bool) -> Self {
        Self(
            "\(topLevel ? "'password'" : "chpasswd.list") treats only $1$, $2a$, $2y$, $5$ and $6$ values as hashes, so "
                + "cloud-init sets this \(scheme) hash as the literal password; give it in chpasswd.users, whose entries "
                + "are hashes by default")
    }
}
