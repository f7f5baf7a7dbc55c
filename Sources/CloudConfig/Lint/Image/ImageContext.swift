/// The files of one image as the checks across files see them: the agent's configuration with
/// its effective values, cloud-init's system configuration merged as cloud-init merges it, and
/// each cloud-config of user-data, with the positions of what they set.
package struct ImageContext: Sendable {
    /// One file of the image.
    package struct Member: Sendable {
        /// The file.
        package let source: SourceFile
        /// What it is.
        package let kind: InputKind
        /// Whether it is only context (`--with`).
        package let isContext: Bool
    }

    /// A place in one of the image's files.
    package struct Site: Sendable {
        /// The index of the file in ``members``.
        package let member: Int
        /// Where.
        package let range: SourceRange
        /// The key path, if any.
        package let keyPath: String?
    }

    /// The waagent.conf of the image.
    package struct Agent: Sendable {
        /// The index of the file in ``members``.
        package let member: Int
        /// The file as the agent reads it.
        package let configuration: AgentConfiguration
        /// The values the agent uses.
        package let effective: AgentEffectiveConfiguration
    }

    /// A cloud-config of user-data.
    package struct UserData: Sendable {
        /// The index of the file in ``members``.
        package let member: Int
        /// The document, whose root is a mapping.
        package let document: YAMLDocument
        /// The root mapping.
        package let root: YAMLNodeID
    }

    /// Who provisions a VM from the image, as the agent decides.
    package enum Provisioning: Sendable, Hashable {
        /// cloud-init: `Provisioning.Agent=cloud-init`, or `auto` with cloud-init in the image.
        case cloudInit(byAuto: Bool)
        /// The agent: `Provisioning.Agent=waagent`.
        case agent
        /// Nobody: `disabled`, or a value the agent does not know.
        case nobody
        /// `auto`, and nothing says whether cloud-init is in the image.
        case undetermined
    }

    /// Every file, in the order given.
    package let members: [Member]
    /// The waagent.conf (the first one given), if any.
    package let agent: Agent?
    /// The indices of the files of cloud-init's system configuration.
    package let systemMembers: [Int]
    /// The system configuration cloud-init reads, when the image has any.
    package let system: SystemConfiguration?
    /// The user-data cloud-configs.
    package let userData: [UserData]
    /// The cloud-init release the image runs.
    package let target: CloudInitVersion

    /// Reads the files of an image.
    ///
    /// - Parameters:
    ///   - members: The files.
    ///   - agentVersion: The agent version waagent.conf is read for.
    ///   - target: The cloud-init release.
    ///   - limits: Bounds for reading YAML.
    package init(members: [Member], agentVersion: AgentVersion, target: CloudInitVersion, limits: YAMLLimits) {
        self.members = members
        self.target = target
        var agent: Agent?
        var systemMembers: [Int] = []
        var userData: [UserData] = []
        var base: SystemConfigFile?
        var dropIns: [SystemConfigFile] = []
        for (index, member) in members.enumerated() {
            switch member.kind {
            case .waagent:
                guard agent == nil else { continue }
                let configuration = AgentConfiguration(member.source)
                guard let effective = configuration.effectiveConfiguration(for: agentVersion) else { continue }
                agent = Agent(member: index, configuration: configuration, effective: effective)
            case .systemConfig:
                systemMembers.append(index)
                let file = SystemConfigFile(member.source, limits: limits)
                if file.name == "cloud.cfg" { base = file } else { dropIns.append(file) }
            case .userData:
                guard UserDataKind.detect(member.source.bytes) == .cloudConfig else { continue }
                let stream = YAMLStream.parse(member.source, limits: limits)
                guard !stream.hasErrors, let document = stream.documents.first, let root = document.root,
                    document[document.resolved(root)].kind == .mapping
                else { continue }
                userData.append(UserData(member: index, document: document, root: document.resolved(root)))
            case .profile:
                // A generation profile is not a file of the image.
                continue
            }
        }
        self.agent = agent
        self.systemMembers = systemMembers
        self.system = systemMembers.isEmpty ? nil : SystemConfiguration(base: base, dropIns: dropIns)
        self.userData = userData
    }

    /// Whether cloud-init's configuration is in the image.
    package var hasCloudInit: Bool { !systemMembers.isEmpty }

    /// Who provisions, or `nil` without a waagent.conf.
    package var provisioning: Provisioning? {
        guard let agent else { return nil }
        switch agent.effective["Provisioning.Agent"] {
        case .string("cloud-init"): return .cloudInit(byAuto: false)
        case .string("waagent"): return .agent
        case .string("auto"): return hasCloudInit ? .cloudInit(byAuto: true) : .undetermined
        default: return .nobody
        }
    }

    /// Whether cloud-init provisions.
    package var cloudInitProvisions: Bool {
        if case .cloudInit? = provisioning { return true }
        return false
    }

    // MARK: - Places

    /// The line where the waagent.conf sets a key, or `nil`.
    package func agentSite(_ key: String) -> Site? {
        guard let agent, let entry = agent.configuration.entry(for: key) else { return nil }
        return Site(member: agent.member, range: entry.lineRange, keyPath: key)
    }

    /// The start of the waagent.conf.
    package var agentStart: Site? {
        guard let agent else { return nil }
        return Site(
            member: agent.member, range: SourceRange(at: members[agent.member].source.location(atOffset: 0)),
            keyPath: nil)
    }

    /// Where the image shows that it carries cloud-init: the start of `cloud.cfg`, or of its first
    /// drop-in.
    package var cloudInitEvidence: Site? {
        let index =
            systemMembers.first { FileSystemPath.name(of: members[$0].source.path) == "cloud.cfg" }
            ?? systemMembers.first
        return index.map {
            Site(member: $0, range: SourceRange(at: members[$0].source.location(atOffset: 0)), keyPath: nil)
        }
    }

    /// Where the system configuration sets a key path that cloud-init uses.
    package func systemSite(_ path: [String]) -> Site? {
        guard let system, let origin = system.origin(of: path), let document = origin.file.document,
            let index = systemMembers.first(where: { members[$0].source.path == origin.file.path })
        else { return nil }
        return Site(member: index, range: document[origin.key].range, keyPath: path.joined(separator: "."))
    }

    /// The value the system configuration gives a top-level key.
    package func systemValue(_ key: String) -> YAMLValue? {
        guard case .mapping(let entries)? = system?.value else { return nil }
        return PythonValue.get(key, in: entries)
    }

    /// The value a user-data cloud-config gives a top-level key.
    package func value(_ key: String, in userData: UserData) -> YAMLValue? {
        userData.document.value(forKey: key, in: userData.root).map { userData.document.value(of: $0) }
    }

    /// Where a user-data cloud-config sets a top-level key.
    package func site(_ key: String, in userData: UserData) -> Site? {
        let document = userData.document
        guard
            let pair = document.entries(of: userData.root).last(where: {
                document[document.resolved($0.key)].value?.string == key
            })
        else { return nil }
        return Site(member: userData.member, range: document[pair.key].range, keyPath: key)
    }
}

/// The last component of a path.
enum FileSystemPath {
    static func name(of path: String) -> String { String(path.split(separator: "/").last ?? Substring(path)) }
}
