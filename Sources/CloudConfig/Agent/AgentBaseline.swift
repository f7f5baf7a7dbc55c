/// The waagent.conf a distribution's image ships: its active settings, as facts written in our
/// own data (the files themselves are never copied).
public struct AgentBaseline: Sendable, Hashable {
    /// How well a fact is established (the labels of `distros.md`).
    public enum Evidence: String, Sendable, Hashable, Comparable {
        /// Checked against the file or the installed package.
        case verified
        /// Read in upstream source (the agent's `setup.py`, a distribution's build patches).
        case source
        /// Vendor documentation only.
        case docs
        /// Derived from other facts, stated by no source.
        case inferred
        /// Unverified or contradictory.
        case open

        private var rank: Int {
            switch self {
            case .verified: 0
            case .source: 1
            case .docs: 2
            case .inferred: 3
            case .open: 4
            }
        }

        /// Whether the left label is stronger evidence.
        public static func < (lhs: Evidence, rhs: Evidence) -> Bool { lhs.rank < rhs.rank }
    }

    /// The variant's identifier, such as `generic`, `ubuntu` or `debian-12`.
    public let id: String
    /// What the variant is, for people.
    public let title: String
    /// The agent version the file comes with.
    public let agentVersion: AgentVersion
    /// The active settings in the shipped file, in its order (dead keys excluded).
    public let settings: [AgentSetting]
    /// Dead keys the shipped file carries, with their values.
    public let deadSettings: [AgentSetting]
    /// How well the values are established.
    public let evidence: Evidence
    /// What is known about the variant beyond its values.
    public let notes: [String]

    /// The value the file sets for a key, or `nil` when it does not set it.
    ///
    /// - Parameter key: The key, case-sensitive.
    /// - Returns: The value as written (`None` for a null value).
    public func value(for key: String) -> AgentValue? {
        settings.last { $0.key == key }?.value
    }

    /// The agent's `values` dictionary for the shipped file (dead keys included).
    public var storedValues: [String: String?] {
        var values: [String: String?] = [:]
        for setting in settings + deadSettings { values[setting.key] = .some(setting.value.fileText) }
        return values
    }
}

/// A key and the value to write for it.
public struct AgentSetting: Sendable, Hashable {
    /// The key.
    public let key: String
    /// The value; ``AgentValue/null`` writes `None`.
    public let value: AgentValue

    /// Creates a setting.
    ///
    /// - Parameters:
    ///   - key: The key.
    ///   - value: The value.
    public init(_ key: String, _ value: AgentValue) {
        self.key = key
        self.value = value
    }
}

/// Which shipped waagent.conf a distribution image carries.
public struct AgentDistroBaseline: Sendable, Hashable {
    /// The distribution identifier the generator uses, such as `ubuntu-24.04`.
    public let distro: String
    /// The baseline's identifier.
    public let baseline: String
    /// How well the mapping is established.
    public let evidence: AgentBaseline.Evidence
    /// Why, in words.
    public let reason: String
}
