/// Every key the Azure Linux Agent reads from waagent.conf, for 2.7.3 and 2.15, and the keys
/// that are dead.
///
/// The one source of truth for `explain`, the analysis, the effective configuration and the
/// renderer. Facts come from `azurelinuxagent/common/conf.py` of both releases: which accessor
/// reads each key, with which provider method and default, and what the option tables that
/// `-show-configuration` prints list.
public struct AgentCatalog: Sendable {
    /// The options, grouped by section in the order the shipped files use.
    public let options: [AgentOption]
    /// Keys no current agent reads.
    public let obsoleteOptions: [AgentObsoleteOption]
    private let index: [String: Int]
    private let obsoleteIndex: [String: Int]

    /// Creates a catalog.
    ///
    /// - Parameters:
    ///   - options: The options.
    ///   - obsoleteOptions: The dead keys.
    public init(options: [AgentOption], obsoleteOptions: [AgentObsoleteOption]) {
        self.options = options
        self.obsoleteOptions = obsoleteOptions
        var index: [String: Int] = [:]
        for (position, option) in options.enumerated() { index[option.key] = position }
        self.index = index
        var obsoleteIndex: [String: Int] = [:]
        for (position, option) in obsoleteOptions.enumerated() { obsoleteIndex[option.key] = position }
        self.obsoleteIndex = obsoleteIndex
    }

    /// The catalog of the agent's keys.
    public static let agent = AgentCatalog(options: Self.allOptions, obsoleteOptions: Self.allObsoleteOptions)

    /// The option with a key, whatever the version.
    ///
    /// - Parameter key: The key, case-sensitive.
    /// - Returns: The option, or `nil`.
    public func option(_ key: String) -> AgentOption? { index[key].map { options[$0] } }

    /// The dead key with a key.
    ///
    /// - Parameter key: The key, case-sensitive.
    /// - Returns: The obsolete option, or `nil`.
    public func obsoleteOption(_ key: String) -> AgentObsoleteOption? {
        obsoleteIndex[key].map { obsoleteOptions[$0] }
    }

    /// The options an agent version knows (reads or lists), in catalog order.
    ///
    /// - Parameter version: The agent version.
    /// - Returns: The options.
    public func options(for version: AgentVersion) -> [AgentOption] {
        options.filter { $0.isKnown(by: version) }
    }

    /// Every key of the catalog and every dead key: the names a did-you-mean chooses from.
    public var allKeys: [String] { options.map(\.key) + obsoleteOptions.map(\.key) }
}
