/// `write_files` entries owned by a user or group that does not exist yet when they are written.
struct WriteFilesOwnerNotDeferredRule: LintRule {
    let definition = RuleDescription(
        id: .writeFilesOwnerNotDeferred, family: .semantics, defaultSeverity: .warning,
        summary: "A file is owned by a user this cloud-config creates, but is not deferred",
        rationale: "write_files runs early in the init stage, before users_groups creates the users and groups "
            + "listed in this cloud-config. chown then fails with \"Unknown user or group\", and the module "
            + "stops: that file keeps root as owner and the entries after it are not written. With `defer: "
            + "true` the entry is written in the final stage, after users, groups and packages exist. Users "
            + "that already exist in the image are not a problem, which is why this is a warning.",
        triggeringExamples: [
            RuleExample(
                "users:\n  - default\n  - name: app\nwrite_files:\n  - path: /srv/app/config\n    content: x\n"
                    + "    owner: 1️⃣app:app\n",
                message: "the user 'app' and group 'app' are created by this cloud-config",
                corrected:
                    "users:\n  - default\n  - name: app\nwrite_files:\n  - defer: true\n    path: /srv/app/config\n"
                    + "    content: x\n    owner: app:app\n"),
            RuleExample(
                "groups: [deploy]\nwrite_files:\n  - path: /srv/deploy\n    owner: 1️⃣root:deploy\n    defer: false\n",
                message: "the group 'deploy' is created by this cloud-config",
                corrected:
                    "groups: [deploy]\nwrite_files:\n  - path: /srv/deploy\n    owner: root:deploy\n    defer: true\n"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "users:\n  - default\n  - name: app\nwrite_files:\n  - path: /srv/app/config\n    owner: app:app\n"
                    + "    defer: true\n"),
            "users:\n  - default\n  - name: app\nwrite_files:\n  - path: /etc/motd\n    owner: root:root\n",
        ],
        fixSafety: .suggestion(
            "defer: true writes the file late in boot instead of early, which changes what the modules and "
                + "services in between see"))

    func check(_ context: LintContext) -> [Diagnostic] {
        guard context.isCloudConfig else { return [] }
        let accounts = DocumentAccounts.of(context)
        guard !accounts.userNames.isEmpty || !accounts.groupNames.isEmpty else { return [] }
        return context.compactMapWriteFilesEntries { item in
            guard let ownerNode = context.value("owner", in: item.node), let owner = context.string(ownerNode)
            else { return nil }
            let deferNode = context.value("defer", in: item.node)
            if let deferNode, context.translatesToTrue(deferNode) { return nil }
            let (user, group) = Self.userAndGroup(owner)
            var created: [String] = []
            if let user, accounts.createsUser(user) { created.append("user '\(user)'") }
            if let group, accounts.createsGroup(group) { created.append("group '\(group)'") }
            guard !created.isEmpty else { return nil }
            return diagnostic(
                .ownerNotDeferred(created), at: context.range(ownerNode), keyPath: item.path.appending(key: "owner"),
                fixIts: deferFixIt(item: item.node, deferNode: deferNode, in: context))
        }
    }

    /// cloud-init's `util.extract_usergroup`: `user:group`, trimmed, with empty, `-1` and `none`
    /// meaning "leave as is".
    static func userAndGroup(_ owner: String) -> (user: String?, group: String?) {
        if let names = owner.utf8.withContiguousStorageIfAvailable(asciiUserAndGroup), let names { return names }
        let parts = owner.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map {
            String($0).pythonStripped
        }
        func meaningful(_ name: String?) -> String? {
            guard let name, !name.isEmpty, name != "-1", name.lowercased() != "none" else { return nil }
            return name
        }
        return (meaningful(parts.first), meaningful(parts.count == 2 ? parts[1] : nil))
    }

    /// ``userAndGroup(_:)`` on the bytes of ASCII text, where the colon, Python's whitespace and
    /// the case of `none` are single bytes; `nil` for other text.
    private static func asciiUserAndGroup(_ bytes: UnsafeBufferPointer<UInt8>) -> (user: String?, group: String?)? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        func meaningful(_ range: Range<Int>) -> String? {
            func isWhitespace(_ byte: UInt8) -> Bool { (0x09...0x0D).contains(byte) || (0x1C...0x20).contains(byte) }
            var lower = range.lowerBound
            var upper = range.upperBound
            while lower < upper, isWhitespace(bytes[lower]) { lower += 1 }
            while upper > lower, isWhitespace(bytes[upper - 1]) { upper -= 1 }
            let name = UnsafeBufferPointer(rebasing: bytes[lower..<upper])
            if name.isEmpty || name.elementsEqual("-1".utf8) { return nil }
            if name.count == 4, name.map({ $0 | 0x20 }).elementsEqual("none".utf8) { return nil }
            return String(decoding: name, as: UTF8.self)
        }
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return (meaningful(0..<bytes.count), nil) }
        return (meaningful(0..<colon), meaningful((colon + 1)..<bytes.count))
    }

    /// Sets `defer: true`: replaces a present value, or adds the key before the entry's first key.
    private func deferFixIt(item: YAMLNodeID, deferNode: YAMLNodeID?, in context: LintContext) -> [FixIt] {
        if let deferNode {
            return [
                FixIt(
                    message: "set defer: true", edits: [TextEdit(range: context.range(deferNode), replacement: "true")])
            ]
        }
        guard let written = context.node(item), written.kind == .mapping,
            let firstKey = context.document?.pairs(of: item).first?.key
        else { return [] }
        let start = context.range(firstKey).start
        let insertion =
            written.collectionStyle == .flow
            ? "defer: true, " : "defer: true\n" + String(repeating: " ", count: start.column - 1)
        return [
            FixIt(
                message: "add defer: true",
                edits: [TextEdit(range: SourceRange(at: start), replacement: insertion)])
        ]
    }
}

extension Diagnostic.Message {
    fileprivate static func ownerNotDeferred(_ created: [String]) -> Self {
        Self(
            "the \(created.joined(separator: " and ")) \(created.count == 1 ? "is" : "are") created by this "
                + "cloud-config, but write_files runs before users and groups are created, so chown fails and the "
                + "module stops at this file; set defer: true to write it in the final stage")
    }
}
