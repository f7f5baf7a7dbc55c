/// Renders a plan as cloud-config for cloud-init: the value (``value(for:)``) and the
/// `#cloud-config` text through ``YAMLEmitter``, which quotes whatever PyYAML would otherwise
/// read as another type (`'0644'` stays a string).
///
/// Keys are written in a fixed order, so the same plan always gives the same bytes. The image's
/// default user stays first in `users` (on Azure it is the osProfile admin); files owned by users
/// the plan creates, or under a disk the plan mounts, are deferred to cloud-init's final stage,
/// after users and mounts exist; the resource disk is laid out in user-data, which ranks above the
/// Azure datasource's own disk settings (see ``ResourceDiskLayout``).
public enum CloudConfigRenderer {
    /// The cloud-config value of a plan.
    ///
    /// - Parameter plan: The plan.
    /// - Returns: A mapping.
    public static func value(for plan: ProvisioningPlan) -> YAMLValue {
        .mapping(Section.allCases.flatMap { entries(of: $0, in: plan) })
    }

    /// The top-level parts of the document, in the order they are written.
    enum Section: String, CaseIterable {
        case identity, timezone, locale, ntp, groups, users, packageUpgrade, packages, storage, files, commands

        /// The parts of a profile the section's text depends on (``PlanSharing``); for `files`,
        /// those that decide deferral, each file being its own.
        var units: ParameterUnits {
            switch self {
            case .identity: [.identity]
            case .timezone: [.timezone]
            case .locale: [.locale]
            case .ntp: [.ntp]
            case .groups: [.groups]
            case .users: [.admin, .users]
            case .packageUpgrade: [.packageUpgrade]
            case .packages: [.packages]
            case .storage: [.storage]
            case .files: [.admin, .users, .groups, .storage]
            case .commands: [.commands]
            }
        }
    }

    /// A section's top-level entries.
    static func entries(of section: Section, in plan: ProvisioningPlan) -> [YAMLValue.Entry] {
        let parameters = plan.parameters
        func entry(_ key: String, _ value: YAMLValue) -> YAMLValue.Entry {
            YAMLValue.Entry(key: string(key), value: value)
        }
        switch section {
        case .identity:
            guard let identity = parameters.identity else { return [] }
            var entries = [entry("hostname", string(identity.hostname))]
            if let fqdn = identity.fqdn { entries.append(entry("fqdn", string(fqdn))) }
            return entries
        case .timezone:
            return parameters.timezone.map { [entry("timezone", string($0))] } ?? []
        case .locale:
            return parameters.locale.map { [entry("locale", string($0))] } ?? []
        case .ntp:
            guard let ntp = parameters.ntp else { return [] }
            var members: [(String, YAMLValue)] = [("enabled", .scalar(.bool(true)))]
            if !ntp.servers.isEmpty { members.append(("servers", strings(ntp.servers))) }
            if !ntp.pools.isEmpty { members.append(("pools", strings(ntp.pools))) }
            return [entry("ntp", mapping(members))]
        case .groups:
            return parameters.groups.isEmpty ? [] : [entry("groups", strings(parameters.groups))]
        case .users:
            guard parameters.admin != nil || !parameters.users.isEmpty else { return [] }
            var users: [YAMLValue] = [string("default")]
            if let admin = parameters.admin { users.append(user(admin)) }
            users += parameters.users.map(user)
            return [entry("users", .sequence(users))]
        case .packageUpgrade:
            return parameters.packageUpgrade ? [entry("package_upgrade", .scalar(.bool(true)))] : []
        case .packages:
            return parameters.packages.isEmpty ? [] : [entry("packages", strings(parameters.packages))]
        case .storage:
            return storageEntries(for: plan)
        case .files:
            guard !parameters.files.isEmpty else { return [] }
            let deferral = Deferral(plan)
            return [entry("write_files", .sequence(parameters.files.map { file(for: $0, deferral: deferral) }))]
        case .commands:
            guard !parameters.commands.isEmpty else { return [] }
            return [
                entry(
                    "runcmd",
                    .sequence(
                        parameters.commands.map { command in
                            switch command {
                            case .shell(let line): string(line)
                            case .exec(let arguments): strings(arguments)
                            }
                        }))
            ]
        }
    }

    /// The `#cloud-config` text of a plan.
    ///
    /// - Parameter plan: The plan.
    /// - Returns: UTF-8 text starting with `#cloud-config` and ending with a line break.
    /// - Throws: `YAMLEmitterError` if libyaml refuses the value.
    public static func text(for plan: ProvisioningPlan) throws(YAMLEmitterError) -> String {
        try text(for: plan, entries: nil)
    }

    /// The `#cloud-config` text of a plan, each top-level entry's text taken from a cache when
    /// it was written before: libyaml writes a block mapping's entries one after the other, each
    /// from the same column, so the document is its entries' texts after the header.
    ///
    /// A fleet host's sections that its template gave unchanged (``PlanSharing``) are taken
    /// from the cache as the first such host had them written, without their values being made.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - cache: The texts of entries written before; `nil` writes the document at once.
    /// - Returns: The same text as ``text(for:)``.
    /// - Throws: `YAMLEmitterError` if libyaml refuses the value.
    static func text(for plan: ProvisioningPlan, entries cache: EmittedEntryCache?) throws(YAMLEmitterError) -> String {
        let header = "#cloud-config"
        func whole() throws(YAMLEmitterError) -> String {
            try YAMLEmitter.emit(value(for: plan), options: YAMLEmitter.Options(header: header))
        }
        guard let cache else { return try whole() }
        var text = header + "\n"
        let start = text.utf8.count
        for section in Section.allCases {
            let shared = plan.sharing.flatMap { $0.units.isSuperset(of: section.units) ? $0.template : nil }
            if section == .files, let sharing = plan.sharing, !plan.parameters.files.isEmpty {
                guard let part = try filesText(plan, sharing: sharing, cache: cache) else { return try whole() }
                text += part
                continue
            }
            if let shared, let part = cache.sharedText(template: shared, part: section.rawValue) {
                text += part
                continue
            }
            var part = ""
            for entry in entries(of: section, in: plan) {
                // An entry that would end the document (a block scalar keeping its line breaks).
                guard let entryText = try cache.text(of: entry) else { return try whole() }
                part += entryText
            }
            if let shared { cache.keepShared(part, template: shared, part: section.rawValue) }
            text += part
        }
        // An empty mapping is written `{}`.
        guard text.utf8.count > start else { return try whole() }
        return text
    }

    /// A fleet host's `write_files`, item by item: the template's files it took unchanged, when
    /// what decides deferral is the template's too, as the first such host had them written.
    private static func filesText(
        _ plan: ProvisioningPlan, sharing: PlanSharing, cache: EmittedEntryCache
    ) throws(YAMLEmitterError) -> String? {
        let key = "write_files"
        let sharedDeferral = sharing.units.isSuperset(of: Section.files.units)
        var deferral: Deferral?
        var text = key + ":\n"
        for (index, file) in plan.parameters.files.enumerated() {
            let origin = sharedDeferral && index < sharing.files.count ? sharing.files[index] : nil
            if let origin, let part = cache.sharedText(template: sharing.template, part: key, item: origin) {
                text += part
                continue
            }
            let decided = deferral ?? Deferral(plan)
            deferral = decided
            guard let part = try cache.itemText(self.file(for: file, deferral: decided), key: key, index: index)
            else { return nil }
            if let origin { cache.keepShared(part, template: sharing.template, part: key, item: origin) }
            text += part
        }
        return text
    }

    // MARK: - Accounts

    static func user(_ admin: AdminAccount) -> YAMLValue {
        var members: [(String, YAMLValue)] = [("name", string(admin.name))]
        if !admin.groups.isEmpty { members.append(("groups", strings(admin.groups))) }
        members.append(("sudo", string(admin.sudoRule)))
        members.append(("shell", string("/bin/bash")))
        if !admin.sshAuthorizedKeys.isEmpty {
            members.append(("ssh_authorized_keys", strings(admin.sshAuthorizedKeys.map(\.description))))
        }
        if let hash = admin.passwordHash {
            members.append(("lock_passwd", .scalar(.bool(false))))
            members.append(("hashed_passwd", string(hash.text)))
        }
        return mapping(members)
    }

    static func user(_ account: UserAccount) -> YAMLValue {
        var members: [(String, YAMLValue)] = [("name", string(account.name ?? ""))]
        if let gecos = account.gecos { members.append(("gecos", string(gecos))) }
        if let primary = account.primaryGroup { members.append(("primary_group", string(primary))) }
        if !account.groups.isEmpty { members.append(("groups", strings(account.groups))) }
        if let sudo = account.sudo { members.append(("sudo", string(sudo))) }
        if let shell = account.shell { members.append(("shell", string(shell))) }
        if let home = account.homeDirectory { members.append(("homedir", string(home))) }
        if account.isSystem { members.append(("system", .scalar(.bool(true)))) }
        if account.noUserGroup { members.append(("no_user_group", .scalar(.bool(true)))) }
        if !account.createGroups { members.append(("create_groups", .scalar(.bool(false)))) }
        if !account.sshAuthorizedKeys.isEmpty {
            members.append(("ssh_authorized_keys", strings(account.sshAuthorizedKeys.map(\.description))))
        }
        members.append(("lock_passwd", .scalar(.bool(account.lockPassword))))
        if let hash = account.passwordHash { members.append(("hashed_passwd", string(hash.text))) }
        return mapping(members)
    }

    // MARK: - Files

    static func file(for file: ProvisionedFile, in plan: ProvisioningPlan) -> YAMLValue {
        self.file(for: file, deferral: Deferral(plan))
    }

    private static func file(for file: ProvisionedFile, deferral: Deferral) -> YAMLValue {
        var members: [(String, YAMLValue)] = [("path", string(file.path))]
        switch file.encoding {
        case .text:
            members.append(("content", string(file.content.text ?? "")))
        case .base64:
            members.append(("encoding", string("b64")))
            members.append(("content", string(Base64.encode(file.content.bytes))))
        case .gzipBase64:
            // zlib fails only without memory; plain base64 then carries the same bytes.
            if let packed = try? Gzip.compress(file.content.bytes) {
                members.append(("encoding", string("gz+b64")))
                members.append(("content", string(Base64.encode(packed))))
            } else {
                members.append(("encoding", string("b64")))
                members.append(("content", string(Base64.encode(file.content.bytes))))
            }
        }
        if let owner = file.owner { members.append(("owner", string(owner.description))) }
        members.append(("permissions", string(file.mode.cloudConfigValue)))
        if deferral.defers(file) { members.append(("defer", .scalar(.bool(true)))) }
        return mapping(members)
    }

    /// Whether a file must wait for cloud-init's final stage: `write_files` runs before users
    /// are created and disks mounted, so a file owned by a user or group the plan creates, or
    /// under a mount point the plan adds, would fail to be chowned or be hidden by the mount.
    public static func isDeferred(_ file: ProvisionedFile, in plan: ProvisioningPlan) -> Bool {
        Deferral(plan).defers(file)
    }

    /// What decides whether a plan's files are deferred, gathered once for all its files.
    private struct Deferral {
        var created: Set<String>
        var groups: Set<String>
        /// The mount points, each with its final `/`.
        var mountPrefixes: [String]

        init(_ plan: ProvisioningPlan) {
            let parameters = plan.parameters
            created = Set(parameters.users.compactMap(\.name))
            if let admin = parameters.admin { created.insert(admin.name) }
            groups = Set(parameters.groups)
            for user in parameters.users { groups.formUnion(user.createdGroups) }
            var mountPoints = parameters.dataDisks.map(\.mountPoint)
            if parameters.resourceDisk != nil {
                mountPoints.append(parameters.resourceDisk?.mountPoint ?? "/mnt")
            }
            mountPrefixes = mountPoints.map { $0 + "/" }
        }

        func defers(_ file: ProvisionedFile) -> Bool {
            if let owner = file.owner {
                if created.contains(owner.user) { return true }
                if let group = owner.group, groups.contains(group) || created.contains(group) { return true }
            }
            return mountPrefixes.contains { file.path.hasPrefix($0) }
        }
    }

    // MARK: - Disks

    /// `disk_setup`, `fs_setup` and `mounts` for the resource disk and the data disks.
    static func storageEntries(for plan: ProvisioningPlan) -> [YAMLValue.Entry] {
        let parameters = plan.parameters
        var diskSetup: [YAMLValue.Entry] = []
        var fsSetup: [YAMLValue] = []
        var mounts: [YAMLValue] = []
        if let disk = parameters.resourceDisk {
            let mountPoint = disk.mountPoint ?? "/mnt"
            if let percent = disk.swap?.percent {
                let version = plan.distro.cloudInit?.version.value ?? plan.distro.cloudInit?.lintTarget ?? .newest
                let layout = ResourceDiskLayout.swapPartition(swapPercent: percent, mountPoint: mountPoint)
                if case .mapping(let members)? = layout.cloudConfig(for: version) {
                    for member in members {
                        switch (member.key.string, member.value) {
                        case ("disk_setup", .mapping(let entries)): diskSetup += entries
                        case ("fs_setup", .sequence(let items)): fsSetup += items
                        case ("mounts", .sequence(let items)): mounts += items
                        default: break
                        }
                    }
                }
            } else if mountPoint != "/mnt" {
                // The datasource's own layout (one ext4 partition) stays; only its mount point moves.
                // cc_mounts replaces its default `ephemeral0` entry with one for the same partition.
                mounts.append(strings(["ephemeral0.1", mountPoint]))
            }
        }
        for disk in parameters.dataDisks {
            diskSetup.append(
                YAMLValue.Entry(
                    key: string(disk.devicePath),
                    value: mapping([
                        ("table_type", string("gpt")), ("layout", .scalar(.bool(true))),
                        ("overwrite", .scalar(.bool(false))),
                    ])))
            var fileSystem: [(String, YAMLValue)] = [
                ("device", string(disk.devicePath)), ("partition", string("auto")),
                ("filesystem", string(disk.fileSystem.rawValue)),
            ]
            if let label = disk.label { fileSystem.append(("label", string(label))) }
            fsSetup.append(mapping(fileSystem))
            mounts.append(
                strings([
                    disk.devicePath + "-part1", disk.mountPoint, disk.fileSystem.rawValue, "defaults,nofail", "0", "2",
                ])
            )
        }
        var entries: [YAMLValue.Entry] = []
        if !diskSetup.isEmpty { entries.append(YAMLValue.Entry(key: string("disk_setup"), value: .mapping(diskSetup))) }
        if !fsSetup.isEmpty { entries.append(YAMLValue.Entry(key: string("fs_setup"), value: .sequence(fsSetup))) }
        if !mounts.isEmpty { entries.append(YAMLValue.Entry(key: string("mounts"), value: .sequence(mounts))) }
        return entries
    }

    // MARK: - Values

    static func string(_ text: String) -> YAMLValue { .scalar(.string(text)) }

    static func strings(_ texts: [String]) -> YAMLValue { .sequence(texts.map(string)) }

    static func mapping(_ members: [(String, YAMLValue)]) -> YAMLValue {
        .mapping(members.map { YAMLValue.Entry(key: string($0.0), value: $0.1) })
    }
}
