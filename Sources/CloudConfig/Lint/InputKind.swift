/// What a linted file is to the program that reads it: cloud-init's user-data, the Azure Linux
/// Agent's waagent.conf, cloud-init's system configuration (`/etc/cloud/cloud.cfg` and the
/// drop-ins in `/etc/cloud/cloud.cfg.d/`), or a generation profile that `cloudcfg generate`
/// reads.
///
/// Each kind has its own reader and rules: user-data goes through the envelope (header, MIME,
/// gzip, ...) to cloud-config, waagent.conf through the agent's line parser, and system
/// configuration through cloud-init's `read_conf` (YAML, no header, its own keys besides every
/// cloud-config key). ``detect(path:bytes:)`` guesses the kind; `--kind` overrides the guess.
public enum InputKind: String, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    /// User-data cloud-init receives from the platform (Azure custom data): cloud-config, MIME,
    /// scripts and the other kinds its first line names.
    case userData = "user-data"
    /// The Azure Linux Agent's configuration file, `/etc/waagent.conf`.
    case waagent
    /// cloud-init's configuration in the image: `/etc/cloud/cloud.cfg` and
    /// `/etc/cloud/cloud.cfg.d/*.cfg`, merged under user-data.
    case systemConfig = "system-config"
    /// A generation profile (`cloudcfg-profile: 1`), which ``ProfileReader`` reads and checks for
    /// every distribution it targets.
    case profile

    /// The kind as `--kind` spells it.
    public var description: String { rawValue }

    /// Hashes the case, not its raw value: a raw-value enum otherwise hashes its name's text,
    /// and every linter built hashes kinds a few hundred times (each rule's set of kinds).
    ///
    /// - Parameter hasher: The hasher.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(ordinal)
    }

    /// Whether two kinds are the same case.
    ///
    /// - Parameters:
    ///   - lhs: A kind.
    ///   - rhs: Another kind.
    /// - Returns: Whether they are equal.
    public static func == (lhs: InputKind, rhs: InputKind) -> Bool {
        lhs.ordinal == rhs.ordinal
    }

    /// The case's position, for hashing and equality.
    private var ordinal: Int {
        switch self {
        case .userData: 0
        case .waagent: 1
        case .systemConfig: 2
        case .profile: 3
        }
    }

    /// What the kind is, for messages: `user-data`, `waagent.conf`, `system configuration`.
    public var noun: String {
        switch self {
        case .userData: "user-data"
        case .waagent: "waagent.conf"
        case .systemConfig: "system configuration"
        case .profile: "generation profile"
        }
    }
}
