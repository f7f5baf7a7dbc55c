/// The groups rules are listed in.
public enum RuleFamily: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Reading the bytes as YAML the way cloud-init's loader does.
    case yaml
    /// The first line that tells cloud-init what the user-data is.
    case header
    /// How the user-data is packed: MIME, base64, gzip, archives, includes, merge headers and the
    /// platform's size limits.
    case envelope
    /// The shape of the configuration against the key catalog.
    case schema
    /// What cloud-init does with the values, beyond their shape.
    case semantics
    /// Jinja templates as cloud-init renders them.
    case jinja
    /// Scripts, boothooks and the commands of `runcmd` and `bootcmd`.
    case script
    /// What the Azure Linux Agent makes of waagent.conf.
    case waagent
    /// What cloud-init makes of its system configuration, /etc/cloud/cloud.cfg and cloud.cfg.d.
    case systemConfig = "system-config"
    /// What the files of one image mean together: waagent.conf, the system configuration and
    /// user-data.
    case image
    /// How the run is set up: configuration files, suppression comments, and the inputs named on
    /// the command line (missing or unreadable ones).
    case configuration
    /// Generation profiles: their keys, values and variables, and what each distribution they
    /// name can have.
    case profile

    /// The kinds of input the family's rules check unless a rule says otherwise: the YAML,
    /// schema and semantic rules read cloud-config, whether it comes as user-data or as system
    /// configuration; the header rules only user-data; the configuration rules every input.
    public var inputKinds: Set<InputKind> {
        // Shared sets: every rule's description reads its family's at start-up.
        switch self {
        case .yaml, .schema, .semantics: Self.cloudConfigKinds
        case .header, .envelope, .jinja, .script: Self.userDataKinds
        case .waagent: Self.waagentKinds
        case .systemConfig: Self.systemConfigKinds
        case .profile: Self.profileKinds
        case .configuration, .image: Self.allKinds
        }
    }

    /// User-data and system configuration: the kinds that hold cloud-config.
    private static let cloudConfigKinds: Set<InputKind> = [.userData, .systemConfig]
    /// User-data only.
    private static let userDataKinds: Set<InputKind> = [.userData]
    /// waagent.conf only.
    private static let waagentKinds: Set<InputKind> = [.waagent]
    /// System configuration only.
    private static let systemConfigKinds: Set<InputKind> = [.systemConfig]
    /// Generation profiles only.
    private static let profileKinds: Set<InputKind> = [.profile]
    /// Every kind.
    private static let allKinds = Set(InputKind.allCases)

    /// Orders families as `cloudcfg rules` lists them.
    public static func < (lhs: RuleFamily, rhs: RuleFamily) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
