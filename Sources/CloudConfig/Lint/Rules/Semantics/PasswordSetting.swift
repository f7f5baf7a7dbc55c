/// One password a cloud-config sets: the value (a ``Password``), the field it is given in (which
/// decides how cloud-init sets it), and where it is written.
struct PasswordSetting: Sendable {
    /// The field the password is given in.
    let field: PasswordField
    /// The value as written.
    let text: String
    /// Where it is written (for a line of a multi-line `chpasswd.list`, that line).
    let range: SourceRange
    /// The key path of the value.
    let path: KeyPath
    /// The key the value is under, when it is a mapping value.
    let key: YAMLNodeID?
    /// The mapping the key is in: the user's settings or the `chpasswd.users` entry.
    let owner: YAMLNodeID?
    /// The user the password is for, when known; `nil` for the default user.
    let userName: String?
    /// Whether cloud-init ignores the value: the top-level `password` when `chpasswd` sets
    /// passwords.
    var isIgnored = false

    /// Every password a cloud-config sets, read once per input for all the rules that need them.
    static func all(in context: LintContext, accounts: DocumentAccounts) -> [PasswordSetting] {
        context.cache.value({ $0.passwords }, { $0.passwords = $1 }, make: { read(in: context, accounts: accounts) })
    }

    /// Every `chpasswd.users` entry.
    static let chpasswdUsers: PathPattern = "chpasswd.users.*"

    /// Every password a cloud-config sets, in document order of their sources.
    private static func read(in context: LintContext, accounts: DocumentAccounts) -> [PasswordSetting] {
        var settings: [PasswordSetting] = []
        for account in accounts.entries {
            // The accounts looked their password settings up when they were read.
            for (field, entry, text) in account.passwordEntries {
                settings.append(
                    PasswordSetting(
                        field: field, text: text, range: context.range(entry.value),
                        path: account.path.appending(key: entry.name), key: entry.key, owner: account.node,
                        userName: account.name))
            }
        }
        // Without a top-level `chpasswd` (most files), its paths are not searched.
        let hasChpasswd = context.topLevel("chpasswd") != nil
        for match in hasChpasswd ? context.matches(Self.chpasswdUsers) : []
        where context.kind(of: match.node) == .mapping {
            let type = context.value("type", in: match.node).map { context.scalar($0)?.pythonStr ?? "" } ?? "hash"
            guard type == "hash" || type == "text",
                let entry = context.namedEntries(of: match.node).last(where: { $0.name == "password" }),
                let text = context.string(entry.value)
            else { continue }
            settings.append(
                PasswordSetting(
                    field: type == "hash" ? .chpasswdHash : .chpasswdText, text: text,
                    range: context.range(entry.value), path: match.path.appending(key: "password"), key: entry.key,
                    owner: match.node, userName: context.value("name", in: match.node).flatMap { context.string($0) }))
        }
        if hasChpasswd, let list = context.matches("chpasswd.list").first {
            settings += listEntries(list, in: context)
        }
        if let password = context.topLevel("password"), let text = context.string(password) {
            let chpasswdGiven =
                hasChpasswd
                && (context.matches("chpasswd.users").contains { context.isTruthy($0.node) }
                    || context.matches("chpasswd.list").contains { context.isTruthy($0.node) })
            settings.append(
                PasswordSetting(
                    field: .topLevel, text: text, range: context.range(password),
                    path: KeyPath.root.appending(key: "password"), key: nil, owner: nil, userName: nil,
                    isIgnored: chpasswdGiven))
        }
        return settings
    }

    /// The `user:password` entries of `chpasswd.list`, in its list or multi-line string form.
    private static func listEntries(_ list: PathMatch, in context: LintContext) -> [PasswordSetting] {
        var settings: [PasswordSetting] = []
        if context.kind(of: list.node) == .sequence {
            for (index, item) in context.items(context.resolved(list.node)).enumerated() {
                guard let line = context.string(item), let colon = line.firstIndex(of: ":") else { continue }
                settings.append(
                    PasswordSetting(
                        field: .chpasswdList, text: String(line[line.index(after: colon)...]),
                        range: context.range(item), path: list.path.appending(index: index), key: nil, owner: nil,
                        userName: String(line[..<colon])))
            }
        } else if let text = context.string(list.node) {
            var offset = context.range(list.node).start.offset
            for line in text.split(whereSeparator: \.isNewline) {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let range =
                    context.range(ofLine: String(line), in: list.node, from: offset) ?? context.range(list.node)
                offset = max(offset, range.end.offset)
                settings.append(
                    PasswordSetting(
                        field: .chpasswdList, text: String(line[line.index(after: colon)...]), range: range,
                        path: list.path, key: nil, owner: nil, userName: String(line[..<colon])))
            }
        }
        return settings
    }

    /// Whether cloud-init sets this value as a hash (with `chpasswd -e` or `useradd --password`).
    var isSetAsHash: Bool { field.setsAsHash(text) }

    /// Whether the value asks for a random password (`R` or `RANDOM` in the legacy forms).
    var isRandom: Bool { field.asksForRandomPassword(text) }

    /// What the value is, as `/etc/shadow` would read it.
    var password: Password { Password(text) }

    /// Whether the value gives the account a usable password (not empty, not a lock marker, not
    /// ignored).
    var setsPassword: Bool { !isIgnored && password.isUsable }
}
