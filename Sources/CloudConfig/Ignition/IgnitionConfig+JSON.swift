extension IgnitionConfig {
    /// The config as JSON in the spec's shape: absent optional fields and empty lists left out,
    /// empty sections left out, `mode` as a decimal integer, `contents.source` as the `data:`
    /// URL with no `compression` (Ignition on Azure does not decompress).
    public var json: JSONValue {
        var root: [(String, JSONValue)] = [("ignition", .object([("version", .string(version.description))]))]
        var passwd: [(String, JSONValue)] = []
        if !users.isEmpty { passwd.append(("users", .array(users.map(Self.json)))) }
        if !groups.isEmpty { passwd.append(("groups", .array(groups.map(Self.json)))) }
        if !passwd.isEmpty { root.append(("passwd", .object(passwd))) }
        var storage: [(String, JSONValue)] = []
        if !directories.isEmpty { storage.append(("directories", .array(directories.map(Self.json)))) }
        if !files.isEmpty { storage.append(("files", .array(files.map(Self.json)))) }
        if !links.isEmpty { storage.append(("links", .array(links.map(Self.json)))) }
        if !storage.isEmpty { root.append(("storage", .object(storage))) }
        if !units.isEmpty { root.append(("systemd", .object([("units", .array(units.map(Self.json)))]))) }
        return .object(root)
    }

    /// The config as JSON text: keys sorted, so the same config always gives the same bytes.
    ///
    /// - Parameter pretty: Whether to indent (two spaces) or write one line.
    /// - Returns: UTF-8 JSON text, slashes not escaped, ending with a line break.
    public func serialized(pretty: Bool = true) -> String {
        json.serialized(pretty: pretty, sortKeys: true) + "\n"
    }

    private static func json(_ user: IgnitionUser) -> JSONValue {
        var members: [(String, JSONValue)] = [("name", .string(user.name))]
        members.append(optional("passwordHash", user.passwordHash.map(JSONValue.string)))
        if !user.sshAuthorizedKeys.isEmpty {
            members.append(("sshAuthorizedKeys", .array(user.sshAuthorizedKeys.map(JSONValue.string))))
        }
        members.append(optional("uid", user.uid.map(JSONValue.int)))
        members.append(optional("gecos", user.gecos.map(JSONValue.string)))
        members.append(optional("homeDir", user.homeDir.map(JSONValue.string)))
        members.append(optional("noCreateHome", user.noCreateHome.map(JSONValue.bool)))
        members.append(optional("primaryGroup", user.primaryGroup.map(JSONValue.string)))
        if !user.groups.isEmpty { members.append(("groups", .array(user.groups.map(JSONValue.string)))) }
        members.append(optional("noUserGroup", user.noUserGroup.map(JSONValue.bool)))
        members.append(optional("noLogInit", user.noLogInit.map(JSONValue.bool)))
        members.append(optional("shell", user.shell.map(JSONValue.string)))
        members.append(optional("system", user.system.map(JSONValue.bool)))
        return .object(members.filter { $0.1 != .null })
    }

    private static func json(_ group: IgnitionGroup) -> JSONValue {
        let members: [(String, JSONValue)] = [
            ("name", .string(group.name)), optional("gid", group.gid.map(JSONValue.int)),
            optional("passwordHash", group.passwordHash.map(JSONValue.string)),
            optional("system", group.system.map(JSONValue.bool)),
        ]
        return .object(members.filter { $0.1 != .null })
    }

    private static func json(_ file: IgnitionFile) -> JSONValue {
        var members = node(path: file.path, overwrite: file.overwrite, user: file.user, group: file.group)
        members.append(optional("mode", file.mode.map(JSONValue.int)))
        if let source = file.source { members.append(("contents", .object([("source", .string(source))]))) }
        return .object(members.filter { $0.1 != .null })
    }

    private static func json(_ directory: IgnitionDirectory) -> JSONValue {
        var members = node(
            path: directory.path, overwrite: directory.overwrite, user: directory.user, group: directory.group)
        members.append(optional("mode", directory.mode.map(JSONValue.int)))
        return .object(members.filter { $0.1 != .null })
    }

    private static func json(_ link: IgnitionLink) -> JSONValue {
        var members = node(path: link.path, overwrite: link.overwrite, user: link.user, group: link.group)
        members.append(("target", .string(link.target)))
        members.append(optional("hard", link.hard.map(JSONValue.bool)))
        return .object(members.filter { $0.1 != .null })
    }

    private static func json(_ unit: IgnitionUnit) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("name", .string(unit.name)), optional("enabled", unit.enabled.map(JSONValue.bool)),
            optional("mask", unit.mask.map(JSONValue.bool)), optional("contents", unit.contents.map(JSONValue.string)),
        ]
        if !unit.dropins.isEmpty {
            members.append(
                (
                    "dropins",
                    .array(
                        unit.dropins.map { dropin in
                            .object(
                                [
                                    ("name", .string(dropin.name)),
                                    optional("contents", dropin.contents.map(JSONValue.string)),
                                ]
                                .filter { $0.1 != .null })
                        })
                ))
        }
        return .object(members.filter { $0.1 != .null })
    }

    private static func node(path: String, overwrite: Bool?, user: IgnitionOwner?, group: IgnitionOwner?)
        -> [(String, JSONValue)]
    {
        [
            ("path", .string(path)), optional("overwrite", overwrite.map(JSONValue.bool)),
            optional("user", user.map(owner)), optional("group", group.map(owner)),
        ]
    }

    private static func owner(_ owner: IgnitionOwner) -> JSONValue {
        switch owner {
        case .id(let id): .object([("id", .int(id))])
        case .name(let name): .object([("name", .string(name))])
        }
    }

    private static func optional(_ key: String, _ value: JSONValue?) -> (String, JSONValue) { (key, value ?? .null) }
}
