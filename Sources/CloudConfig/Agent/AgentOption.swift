/// One key of waagent.conf: what it is, how each described release of the agent reads it, and
/// what it means.
public struct AgentOption: Sendable, Hashable {
    /// How a value is written.
    public enum Kind: String, Sendable, Hashable {
        /// `y` or `n` (case-insensitive); anything else silently means the default.
        case `switch`
        /// A decimal integer; anything else silently means the default.
        case integer
        /// Free text, used as written.
        case string
        /// Text that must be one of ``AgentOption/allowedValues``, compared case-sensitively.
        case enumeration
    }

    /// The key, case-sensitive, such as `Provisioning.Agent`.
    public let key: String
    /// How a value is written.
    public let kind: Kind
    /// What the key does, in one sentence without a final period.
    public let summary: String
    /// The values the agent acts on, for an enumeration.
    public let allowedValues: [String]
    /// Facts worth knowing: traps, interactions, version differences.
    public let notes: [String]
    /// How each described release reads the key; a release missing here does not read it.
    public let readings: [AgentRelease: AgentReading]
    /// The first release known to read the key, when it is newer than 2.7.3 and documented;
    /// versions between 2.7.3 and 2.15 from this one on read it as 2.15 does.
    public let since: AgentVersion?
    /// The key the agent reads instead, where a release lists this one but reads another.
    public let replacement: String?

    /// Creates an option.
    ///
    /// - Parameters:
    ///   - key: The key.
    ///   - kind: How a value is written.
    ///   - summary: What the key does.
    ///   - allowedValues: The values the agent acts on, for an enumeration.
    ///   - notes: Facts worth knowing.
    ///   - readings: How each described release reads the key.
    ///   - since: The first release known to read it, when newer than 2.7.3.
    ///   - replacement: The key read instead, where a release lists this one but reads another.
    public init(
        key: String, kind: Kind, summary: String, allowedValues: [String] = [], notes: [String] = [],
        readings: [AgentRelease: AgentReading], since: AgentVersion? = nil, replacement: String? = nil
    ) {
        self.key = key
        self.kind = kind
        self.summary = summary
        self.allowedValues = allowedValues
        self.notes = notes
        self.readings = readings
        self.since = since
        self.replacement = replacement
    }

    /// The section: the text before the first `.` (`Provisioning`), or the key itself.
    public var section: String { String(key.split(separator: ".", maxSplits: 1).first ?? Substring(key)) }

    /// Whether the key is experimental (`Debug.*`: "may be removed in later versions").
    public var isExperimental: Bool { key.hasPrefix("Debug.") }

    /// How an agent version reads the key, or `nil` when it does not know the key.
    ///
    /// - Parameter version: The agent version.
    /// - Returns: The reading of the described release that applies.
    public func reading(for version: AgentVersion) -> AgentReading? {
        if let reading = readings[version.release] { return reading }
        if let since, version >= since { return readings[.agent215] }
        return nil
    }

    /// Whether an agent version knows the key: reads it, or at least lists it in its option
    /// tables.
    ///
    /// - Parameter version: The agent version.
    /// - Returns: `true` when the version reads or lists the key.
    public func isKnown(by version: AgentVersion) -> Bool { reading(for: version) != nil }

    /// Whether an agent version acts on the key (lists it without reading it otherwise).
    ///
    /// - Parameter version: The agent version.
    /// - Returns: `true` when one of the version's accessors reads the key.
    public func isRead(by version: AgentVersion) -> Bool { reading(for: version)?.accessor != nil }

    /// The value an agent version uses when the key is absent, `None` or invalid, where that is
    /// a plain value (not another key's value).
    ///
    /// - Parameter version: The agent version.
    /// - Returns: The default.
    public func codeDefault(for version: AgentVersion) -> AgentValue? {
        guard case .value(let value)? = reading(for: version)?.fallback else { return nil }
        return value
    }
}

/// How one release of the agent reads a key: the accessor in `azurelinuxagent/common/conf.py`,
/// the provider method it calls and the default it passes.
public struct AgentReading: Sendable, Hashable {
    /// The provider method the accessor calls.
    public enum Method: String, Sendable, Hashable {
        /// `get_switch`: `y` / `n` case-insensitively, otherwise the default.
        case `switch`
        /// `get_int`: Python's `int()`, otherwise the default.
        case integer
        /// `get`: the stored text, or the default when unset or `None`.
        case string
    }

    /// What an accessor falls back to.
    public enum Fallback: Sendable, Hashable {
        /// A fixed value.
        case value(AgentValue)
        /// The effective value of another key (`Extensions.InitialGoalStatePeriod` falls back to
        /// `Extensions.GoalStatePeriod`).
        case option(String)
    }

    /// The module-level accessor, such as `get_provisioning_agent`; `nil` when the release only
    /// lists the key in its option tables (`-show-configuration` prints it, nothing reads it).
    public let accessor: String?
    /// The provider method.
    public let method: Method
    /// The default the accessor passes.
    public let fallback: Fallback
    /// Further switches the accessor ORs in, each read with default `n` (`enable_rdma`).
    public let orSwitches: [String]
    /// The default in the option tables that `-show-configuration` prints, where it differs from
    /// the accessor's or the key is listed only there; `nil` when the key is not listed.
    public let listedDefault: AgentValue?
    /// Whether the key is in the option tables at all.
    public let isListed: Bool

    /// Creates a reading.
    ///
    /// - Parameters:
    ///   - accessor: The accessor, or `nil` for a listed-only key.
    ///   - method: The provider method.
    ///   - fallback: The default passed.
    ///   - orSwitches: Switches OR-ed in.
    ///   - isListed: Whether the option tables list the key.
    ///   - listedDefault: The table's default when listed.
    public init(
        accessor: String?, method: Method, fallback: Fallback, orSwitches: [String] = [], isListed: Bool,
        listedDefault: AgentValue?
    ) {
        self.accessor = accessor
        self.method = method
        self.fallback = fallback
        self.orSwitches = orSwitches
        self.isListed = isListed
        self.listedDefault = listedDefault
    }
}

extension AgentReading {
    /// Where the option tables stand on a key.
    enum Listing {
        /// Listed with the accessor's default.
        case same
        /// Not listed: only an accessor reads it.
        case unlisted
        /// Listed with another default.
        case value(AgentValue)
    }

    private static func make(
        _ accessor: String?, _ method: Method, _ fallback: Fallback, _ listing: Listing, or: [String] = []
    ) -> AgentReading {
        let listed: AgentValue?
        switch listing {
        case .same:
            if case .value(let value) = fallback { listed = value } else { listed = nil }
        case .unlisted: listed = nil
        case .value(let value): listed = value
        }
        let isListed = if case .unlisted = listing { false } else { true }
        return AgentReading(
            accessor: accessor, method: method, fallback: fallback, orSwitches: or, isListed: isListed,
            listedDefault: listed)
    }

    /// `get_switch(key, default)`.
    static func switched(_ accessor: String?, _ fallback: Bool, _ listing: Listing = .same, or: [String] = [])
        -> AgentReading
    {
        make(accessor, .switch, .value(.bool(fallback)), listing, or: or)
    }

    /// `get_int(key, default)`.
    static func integer(_ accessor: String?, _ fallback: Int?, _ listing: Listing = .same) -> AgentReading {
        make(accessor, .integer, .value(fallback.map { .int($0) } ?? .null), listing)
    }

    /// `get(key, default)`.
    static func string(_ accessor: String?, _ fallback: String?, _ listing: Listing = .same) -> AgentReading {
        make(accessor, .string, .value(fallback.map { .string($0) } ?? .null), listing)
    }

    /// A reading whose default is another key's effective value.
    static func following(_ accessor: String, _ method: Method, _ option: String, listed: AgentValue)
        -> AgentReading
    {
        make(accessor, method, .option(option), .value(listed))
    }

    /// A reading with an explicit method and default (the accessors that mix them up).
    static func custom(_ accessor: String, _ method: Method, _ fallback: AgentValue, listed: AgentValue)
        -> AgentReading
    {
        make(accessor, method, .value(fallback), .value(listed))
    }
}

/// A key that shipped files and documentation still carry but that no current agent reads.
public struct AgentObsoleteOption: Sendable, Hashable {
    /// The key.
    public let key: String
    /// The key that does the job now, if any.
    public let replacement: String?
    /// What happened to it, in words without a final period.
    public let note: String
}
