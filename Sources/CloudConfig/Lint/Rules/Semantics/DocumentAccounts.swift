/// The user accounts a cloud-config describes, read the way cloud-init's `normalize_users_groups`
/// reads `users`, `user` and `groups`: each account as a ``UserAccount`` value with the mapping it
/// is written in, and the users and groups the cloud-config creates.
struct DocumentAccounts: Sendable {
    /// One account written as a mapping of settings.
    struct Entry: Sendable {
        /// The account.
        let account: UserAccount
        /// The mapping.
        let node: YAMLNodeID
        /// Where it is, as cloud-init prints paths.
        let path: KeyPath
        /// The string-valued password settings of the mapping, in the order of
        /// ``PasswordField/userFields``: each with its entry, looked up once here for the rules
        /// that report on passwords.
        let passwordEntries: [(field: PasswordField, entry: NamedEntry, text: String)]
        /// The mapping's string-keyed entries with their keys normalised, for the rules that look
        /// up other settings (`sudo`, `lock_passwd`).
        let settings: NormalizedEntries

        /// The user name; `nil` for the image's default user.
        var name: String? { account.name }
    }

    /// The accounts written as mappings: `users` items and values, and `user`.
    private(set) var entries: [Entry] = []
    /// The users this cloud-config creates, by name (the default user excluded).
    private(set) var userNames: [String] = []
    /// The groups this cloud-config creates: `groups`, and each account's
    /// ``UserAccount/createdGroups``.
    private(set) var groupNames: [String] = []
    /// ``userNames`` as a set once there are more than ``scanLimit`` of them, so that a file
    /// with many users and files looks each up once rather than scanning the list for every
    /// file and every new user; empty while the list is short (hashing each name would cost
    /// more than scanning a few).
    private var userSet = Set<String>()
    /// ``groupNames`` as a set, likewise.
    private var groupSet = Set<String>()
    /// How many names are scanned before they are put in a set.
    private static let scanLimit = 8
    /// The `users` value, if given.
    let users: YAMLNodeID?
    /// The `user` value, if given.
    let user: YAMLNodeID?

    /// The accounts of a cloud-config, read once per input for all the rules that need them.
    ///
    /// - Parameter context: The input.
    /// - Returns: The accounts.
    static func of(_ context: LintContext) -> DocumentAccounts {
        context.cache.value({ $0.accounts }, { $0.accounts = $1 }, make: { DocumentAccounts(context) })
    }

    /// Reads the accounts of a cloud-config.
    ///
    /// - Parameter context: The input.
    init(_ context: LintContext) {
        users = context.topLevel("users")
        user = context.topLevel("user")
        var written: [(node: YAMLNodeID, path: KeyPath, name: String?)] = []
        if let users {
            readUsers(users, into: &written, in: context)
        }
        if let user, context.isTruthy(user) {
            if let name = context.string(user) {
                addUser(name.pythonStripped)
            } else if context.kind(of: user) == .mapping {
                let name = context.value("name", in: user).flatMap { context.string($0) }
                written.append((user, KeyPath.root.appending(key: "user"), name))
                if let name { addUser(name) }
            }
        }
        // Sized once: a file with thousands of accounts would otherwise hold an array grown by
        // doubling, up to twice what it needs, while the rules after it run.
        entries.reserveCapacity(written.count)
        for (node, path, name) in written {
            let settings = NormalizedEntries(context.namedEntries(of: node))
            let (account, passwordEntries) = Self.account(name: name, settings: settings, in: context)
            entries.append(
                Entry(account: account, node: node, path: path, passwordEntries: passwordEntries, settings: settings))
            for group in account.createdGroups { addGroup(group) }
        }
        if let groups = context.topLevel("groups") {
            for name in Self.groupNames(groups, in: context) { addGroup(name) }
        }
    }

    /// Reads `users` in its list, mapping and string forms.
    private mutating func readUsers(
        _ users: YAMLNodeID, into written: inout [(node: YAMLNodeID, path: KeyPath, name: String?)],
        in context: LintContext
    ) {
        let usersPath = KeyPath.root.appending(key: "users")
        switch context.kind(of: users) {
        case .sequence:
            for (index, item) in context.items(context.resolved(users)).enumerated() {
                let path = usersPath.appending(index: index)
                switch context.kind(of: item) {
                case .mapping:
                    let name = context.value("name", in: item).flatMap { context.string($0) }
                    let isDefault = name == nil || name == "default"
                    written.append((item, path, isDefault ? nil : name))
                    if let name, !isDefault { addUser(name) }
                case .sequence:
                    for part in context.items(context.resolved(item)) {
                        addUsers(in: part, context)
                    }
                default:
                    addUsers(in: item, context)
                }
            }
        case .mapping:
            for entry in context.namedEntries(of: users) {
                if context.kind(of: entry.value) == .mapping {
                    let isDefault = entry.name == "default"
                    written.append((entry.value, usersPath.appending(key: entry.name), isDefault ? nil : entry.name))
                    if !isDefault { addUser(entry.name) }
                } else if context.isTrue(entry.value), entry.name != "default" {
                    addUser(entry.name)
                }
            }
        default:
            addUsers(in: users, context)
        }
    }

    /// An account's settings as cloud-init reads them (keys normalised, the last one winning).
    private static func account(
        name: String?, settings entries: NormalizedEntries, in context: LintContext
    ) -> (UserAccount, [(field: PasswordField, entry: NamedEntry, text: String)]) {
        var account = UserAccount(name: name)
        // The mapping's entries were read, and their keys normalised, once for all the settings
        // looked up in it.
        func setting(_ key: String) -> NamedEntry? { entries.entry(key) }
        func flag(_ key: String) -> Bool? {
            setting(key).map { context.isTruthy($0.value) }
        }
        account.createGroups = flag("create_groups") ?? true
        account.noUserGroup = flag("no_user_group") ?? false
        account.lockPassword = flag("lock_passwd") ?? true
        if let groups = setting("groups") {
            account.groups = groupNames(groups.value, in: context)
        }
        if let primary = setting("primary_group"), let group = context.string(primary.value) {
            account.primaryGroup = group.pythonStripped
        }
        var passwordEntries: [(field: PasswordField, entry: NamedEntry, text: String)] = []
        for (key, field) in PasswordField.userFields {
            if let entry = setting(key), let text = context.string(entry.value) {
                account.passwords[field] = Password(text)
                passwordEntries.append((field, entry, text))
            }
        }
        return (account, passwordEntries)
    }

    /// Whether `users` and `user` keep the image's default user, as cloud-init decides: `users`
    /// absent, or containing `default` (a mapping without a name counts), or `user` given.
    func keepsDefaultUser(in context: LintContext) -> Bool {
        if let user, context.isTruthy(user),
            context.string(user) != nil || context.kind(of: user) == .mapping
        {
            return true
        }
        guard let users else { return true }
        let names = Self.names(inCommaSeparated:)
        switch context.kind(of: users) {
        case .sequence:
            return context.items(context.resolved(users)).contains { item in
                switch context.kind(of: item) {
                case .mapping:
                    let name = context.value("name", in: item).flatMap { context.string($0) }
                    return name == nil || name == "default"
                case .sequence:
                    return context.items(context.resolved(item)).contains {
                        context.string($0).map { names($0).contains("default") } ?? false
                    }
                default:
                    return context.string(item).map { names($0).contains("default") } ?? false
                }
            }
        case .mapping:
            return context.namedEntries(of: users).contains {
                $0.name == "default" && (context.kind(of: $0.value) == .mapping || context.isTrue($0.value))
            }
        default:
            return context.string(users).map { names($0).contains("default") } ?? false
        }
    }

    /// Group names from a `groups` value: a comma-separated string, a list of names or of
    /// `{group: members}` mappings, or a mapping of group names.
    static func groupNames(_ node: YAMLNodeID, in context: LintContext) -> [String] {
        switch context.kind(of: node) {
        case .sequence:
            return context.items(context.resolved(node)).flatMap { item -> [String] in
                if let text = context.string(item) { return [text.pythonStripped] }
                return context.namedEntries(of: item).map(\.name)
            }
        case .mapping:
            return context.namedEntries(of: node).map(\.name)
        default:
            return context.string(node).map(names(inCommaSeparated:)) ?? []
        }
    }

    /// ``UserAccount/names(inCommaSeparated:)``, with a single name (no comma, the common case)
    /// read without splitting.
    static func names(inCommaSeparated text: String) -> [String] {
        if let names = text.utf8.withContiguousStorageIfAvailable(asciiNames(inCommaSeparated:)), let names {
            return names
        }
        return UserAccount.names(inCommaSeparated: text)
    }

    /// ``UserAccount/names(inCommaSeparated:)`` on the bytes of ASCII text, where a comma and
    /// Python's whitespace are single bytes; `nil` for other text.
    private static func asciiNames(inCommaSeparated bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        func isWhitespace(_ byte: UInt8) -> Bool { (0x09...0x0D).contains(byte) || (0x1C...0x20).contains(byte) }
        var names: [String] = []
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: ",") {
            var lower = start
            var upper = end
            while lower < upper, isWhitespace(bytes[lower]) { lower += 1 }
            while upper > lower, isWhitespace(bytes[upper - 1]) { upper -= 1 }
            if lower < upper {
                names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self))
            }
            start = end + 1
        }
        return names
    }

    /// Records the users a comma-separated string names.
    private mutating func addUsers(in node: YAMLNodeID, _ context: LintContext) {
        guard let text = context.string(node) else { return }
        for name in Self.names(inCommaSeparated: text) { addUser(name) }
    }

    /// Whether this cloud-config creates a user of that name.
    func createsUser(_ name: String) -> Bool {
        userSet.isEmpty ? userNames.contains(name) : userSet.contains(name)
    }

    /// Whether this cloud-config creates a group of that name.
    func createsGroup(_ name: String) -> Bool {
        groupSet.isEmpty ? groupNames.contains(name) : groupSet.contains(name)
    }

    private mutating func addUser(_ name: String) {
        if !name.isEmpty, name != "default" { Self.add(name, to: &userNames, set: &userSet) }
    }

    private mutating func addGroup(_ name: String) {
        if !name.isEmpty { Self.add(name, to: &groupNames, set: &groupSet) }
    }

    /// Appends a name not yet in the list: found by a scan while the list is short, then by
    /// the set built from it.
    private static func add(_ name: String, to names: inout [String], set: inout Set<String>) {
        if set.isEmpty {
            guard !names.contains(name) else { return }
            names.append(name)
            if names.count > scanLimit { set = Set(names) }
        } else if set.insert(name).inserted {
            names.append(name)
        }
    }
}
