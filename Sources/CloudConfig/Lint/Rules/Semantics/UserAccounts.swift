/// The user accounts a cloud-config describes, read the way cloud-init's `normalize_users_groups`
/// reads `users`, `user` and `groups`.
struct UserAccounts: Sendable {
    /// One account's settings, written as a mapping.
    struct Settings {
        /// The mapping.
        let node: YAMLNodeID
        /// Where it is, as cloud-init prints paths.
        let path: KeyPath
        /// The user name; `nil` for the image's default user.
        let name: String?
    }

    /// The mappings with account settings: `users` items and values, and `user`.
    private(set) var settings: [Settings] = []
    /// The users this cloud-config creates, by name (the default user excluded).
    private(set) var userNames: [String] = []
    /// The groups this cloud-config creates: `groups`, each user's `groups` and `primary_group`
    /// (unless `create_groups` is false), and each user's own group (unless `no_user_group`).
    private(set) var groupNames: [String] = []
    /// The `users` value, if given.
    let users: YAMLNodeID?
    /// The `user` value, if given.
    let user: YAMLNodeID?

    /// The accounts of a cloud-config, read once per input for all the rules that need them.
    ///
    /// - Parameter context: The input.
    /// - Returns: The accounts.
    static func of(_ context: LintContext) -> UserAccounts {
        context.cache.value("UserAccounts") { UserAccounts(context) }
    }

    /// Reads the accounts of a cloud-config.
    ///
    /// - Parameter context: The input.
    init(_ context: LintContext) {
        users = context.topLevel("users")
        user = context.topLevel("user")
        if let users {
            readUsers(users, in: context)
        }
        if let user, context.isTruthy(user) {
            if let name = context.string(user) {
                addUser(name.pythonStripped)
            } else if context.kind(of: user) == .mapping {
                let name = context.value("name", in: user).flatMap { context.string($0) }
                settings.append(Settings(node: user, path: KeyPath.root.appending(key: "user"), name: name))
                if let name { addUser(name) }
            }
        }
        for account in settings {
            readGroups(of: account, in: context)
        }
        if let groups = context.topLevel("groups") {
            for name in Self.groupNames(groups, in: context) { addGroup(name) }
        }
    }

    /// Reads `users` in its list, mapping and string forms.
    private mutating func readUsers(_ users: YAMLNodeID, in context: LintContext) {
        let usersPath = KeyPath.root.appending(key: "users")
        switch context.kind(of: users) {
        case .sequence:
            for (index, item) in context.items(context.resolved(users)).enumerated() {
                let path = usersPath.appending(index: index)
                switch context.kind(of: item) {
                case .mapping:
                    let name = context.value("name", in: item).flatMap { context.string($0) }
                    let isDefault = name == nil || name == "default"
                    settings.append(Settings(node: item, path: path, name: isDefault ? nil : name))
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
                    settings.append(
                        Settings(
                            node: entry.value, path: usersPath.appending(key: entry.name),
                            name: isDefault ? nil : entry.name))
                    if !isDefault { addUser(entry.name) }
                } else if context.isTrue(entry.value), entry.name != "default" {
                    addUser(entry.name)
                }
            }
        default:
            addUsers(in: users, context)
        }
    }

    /// Records the groups one account creates.
    private mutating func readGroups(of account: Settings, in context: LintContext) {
        let createGroups = context.normalizedEntry("create_groups", in: account.node).map {
            context.isTruthy($0.value)
        }
        if createGroups ?? true {
            if let groups = context.normalizedEntry("groups", in: account.node) {
                for name in Self.groupNames(groups.value, in: context) { addGroup(name) }
            }
            if let primary = context.normalizedEntry("primary_group", in: account.node),
                let name = context.string(primary.value)
            {
                addGroup(name.pythonStripped)
            }
        }
        let noUserGroup = context.normalizedEntry("no_user_group", in: account.node).map {
            context.isTruthy($0.value)
        }
        if let name = account.name, !(noUserGroup ?? false) { addGroup(name) }
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
        switch context.kind(of: users) {
        case .sequence:
            return context.items(context.resolved(users)).contains { item in
                switch context.kind(of: item) {
                case .mapping:
                    let name = context.value("name", in: item).flatMap { context.string($0) }
                    return name == nil || name == "default"
                case .sequence:
                    return context.items(context.resolved(item)).contains {
                        context.string($0).map { Self.splitNames($0).contains("default") } ?? false
                    }
                default:
                    return context.string(item).map { Self.splitNames($0).contains("default") } ?? false
                }
            }
        case .mapping:
            return context.namedEntries(of: users).contains {
                $0.name == "default" && (context.kind(of: $0.value) == .mapping || context.isTrue($0.value))
            }
        default:
            return context.string(users).map { Self.splitNames($0).contains("default") } ?? false
        }
    }

    /// Names in a comma-separated string, trimmed, empty ones dropped.
    static func splitNames(_ text: String) -> [String] {
        text.split(separator: ",", omittingEmptySubsequences: false).map { String($0).pythonStripped }
            .filter { !$0.isEmpty }
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
            return context.string(node).map(splitNames) ?? []
        }
    }

    /// Records the users a comma-separated string names.
    private mutating func addUsers(in node: YAMLNodeID, _ context: LintContext) {
        guard let text = context.string(node) else { return }
        for name in Self.splitNames(text) { addUser(name) }
    }

    private mutating func addUser(_ name: String) {
        if !name.isEmpty, name != "default", !userNames.contains(name) { userNames.append(name) }
    }

    private mutating func addGroup(_ name: String) {
        if !name.isEmpty, !groupNames.contains(name) { groupNames.append(name) }
    }
}
