/// How a lint run is set up: the target release, rule severities, and paths to skip.
///
/// Read from `.cloudcfg.yaml` (found upward from each linted file) and adjusted by the
/// command line.
public struct LintConfiguration: Sendable {
    /// What a rule does in a run.
    public enum RuleSetting: Sendable, Hashable {
        /// The rule does not run.
        case off
        /// The rule runs at its default severity.
        case on
        /// The rule runs and its findings get this severity.
        case severity(Severity)
    }

    /// The cloud-init release the configuration is for.
    public var target: CloudInitVersion
    /// The Azure Linux Agent version waagent.conf files are read for.
    public var agentVersion: AgentVersion
    /// The distribution the image is built from, if known: its shipped waagent.conf is the
    /// baseline waagent.conf files are compared with.
    public var distro: DistroProfile?
    /// Settings for rules by identifier; rules not listed run at their default severity.
    public var rules: [RuleID: RuleSetting]
    /// Glob patterns of paths to skip when walking directories, relative to ``baseDirectory``.
    public var ignore: [String]
    /// The directory of the configuration file, against which ``ignore`` patterns match.
    public var baseDirectory: String?

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - target: The cloud-init release the configuration is for.
    ///   - rules: Settings for rules by identifier.
    ///   - ignore: Glob patterns of paths to skip.
    ///   - baseDirectory: The directory the patterns are relative to.
    ///   - agentVersion: The agent version waagent.conf files are read for.
    ///   - distro: The distribution the image is built from.
    public init(
        target: CloudInitVersion = .newest, rules: [RuleID: RuleSetting] = [:], ignore: [String] = [],
        baseDirectory: String? = nil, agentVersion: AgentVersion = .newest, distro: DistroProfile? = nil
    ) {
        self.target = target
        self.agentVersion = agentVersion
        self.distro = distro
        self.rules = rules
        self.ignore = ignore
        self.baseDirectory = baseDirectory
    }

    /// The severity a rule's findings get in this run, or `nil` when the rule is off.
    ///
    /// - Parameter rule: The rule.
    /// - Returns: The severity, or `nil`.
    public func severity(for rule: RuleDescription) -> Severity? {
        switch setting(for: rule) ?? .on {
        case .off: return nil
        case .on: return rule.defaultSeverity
        case .severity(let severity): return severity
        }
    }

    /// The severity configured for a rule explicitly, or `nil` when it runs at the severities its
    /// findings carry.
    ///
    /// - Parameter rule: The rule.
    /// - Returns: The configured severity.
    public func explicitSeverity(for rule: RuleDescription) -> Severity? {
        if case .severity(let severity) = setting(for: rule) { return severity }
        return nil
    }

    /// The setting for a rule, under its identifier or else its first alias that has one.
    ///
    /// A loop rather than a lazy `compactMap`, whose closure would copy the configuration for
    /// every call: a linter asks for every rule's setting when it is built, in every run.
    private func setting(for rule: RuleDescription) -> RuleSetting? {
        guard !rules.isEmpty else { return nil }
        if let setting = rules[rule.id] { return setting }
        for alias in rule.aliases {
            if let setting = rules[alias] { return setting }
        }
        return nil
    }

    /// The configuration with a distribution, and with targets given explicitly, where each
    /// setting given wins: the distribution sets the cloud-init release to lint for
    /// (``DistroProfile/CloudInit/lintTarget``) and the agent version its shipped waagent.conf
    /// comes with, unless `target` or `agentVersion` is given too.
    ///
    /// - Parameters:
    ///   - distro: The distribution (`--distro`, `distro:`), if given.
    ///   - target: The cloud-init release (`--cloud-init`, `cloud-init:`), if given.
    ///   - agentVersion: The agent version (`--agent-version`, `agent:`), if given.
    /// - Returns: The adjusted configuration.
    public func overriding(
        distro: DistroProfile? = nil, target: CloudInitVersion? = nil, agentVersion: AgentVersion? = nil
    ) -> LintConfiguration {
        var configuration = self
        if let distro {
            configuration.distro = distro
            if let lintTarget = distro.cloudInit?.lintTarget { configuration.target = lintTarget }
            if let shipped = distro.agentBaseline?.agentVersion { configuration.agentVersion = shipped }
        }
        if let target { configuration.target = target }
        if let agentVersion { configuration.agentVersion = agentVersion }
        return configuration
    }
}
