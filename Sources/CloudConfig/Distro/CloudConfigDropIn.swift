/// A file in `/etc/cloud/cloud.cfg.d/`: system configuration that cloud-init merges under
/// user-data, as a structured value rather than text, so that it is rendered by the same
/// emitter as user-data and can be checked key by key.
///
/// cloud-init reads the directory's `*.cfg` files with `util.read_conf` (PyYAML `safe_load`,
/// a mapping required) and merges them so that the file whose name sorts last wins.
public struct CloudConfigDropIn: Sendable {
    /// The directory cloud-init reads drop-ins from.
    public static let directory = "/etc/cloud/cloud.cfg.d"

    /// The keys a drop-in may set that belong to system configuration only (cloud-init reads
    /// them from `/etc/cloud`, not from user-data): the datasource choice and its settings,
    /// event reporting, and the distribution's settings.
    public static let systemConfigKeys: Set<String> = ["datasource_list", "datasource", "reporting", "system_info"]

    /// The file name, ending in `.cfg`, such as `91-azure_datasource.cfg`.
    public let fileName: String
    /// The content: a mapping from top-level keys to values, in the order they are written.
    public let content: YAMLValue
    /// What the file is for, lower-case, without a final period.
    public let purpose: String
    /// How well the file's effect is established.
    public let evidence: FactEvidence
    /// Where the content comes from.
    public let source: String

    /// Creates a drop-in.
    ///
    /// - Parameters:
    ///   - fileName: The file name, ending in `.cfg`.
    ///   - content: The content, a mapping.
    ///   - purpose: What it is for.
    ///   - evidence: How well its effect is established.
    ///   - source: Where the content comes from.
    public init(fileName: String, content: YAMLValue, purpose: String, evidence: FactEvidence, source: String) {
        self.fileName = fileName
        self.content = content
        self.purpose = purpose
        self.evidence = evidence
        self.source = source
    }

    /// Where the file is installed.
    public var path: String { Self.directory + "/" + fileName }

    /// The top-level keys of the content, in order.
    public var keys: [String] {
        guard case .mapping(let entries) = content else { return [] }
        return entries.compactMap(\.key.string)
    }

    /// The file's text: a comment naming its purpose, then the content as YAML that cloud-init's
    /// loader reads back to the same value.
    ///
    /// - Returns: UTF-8 text ending with a line break.
    /// - Throws: `YAMLEmitterError` if libyaml refuses the value.
    public func rendered() throws(YAMLEmitterError) -> String {
        // ds-identify reads datasource_list only from the key's own line: a flow list.
        try YAMLEmitter.emit(
            content,
            options: YAMLEmitter.Options(
                header: "# written by cloudcfg: \(purpose)", flowSequenceKeys: ["datasource_list"]))
    }
}
