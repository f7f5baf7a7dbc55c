/// One input as the rules see it: its bytes, what cloud-init takes it for, its YAML and the
/// catalog's findings about it.
package struct LintContext: Sendable {
    /// The fields, kept in one box: rules capture the context in closures, and a copy then
    /// retains one reference instead of every array and string of the input.
    private final class Storage: Sendable {
        let source: SourceFile
        let kind: UserDataKind
        let header: HeaderAnalysis
        let isCloudConfig: Bool
        let stream: YAMLStream?
        let document: YAMLDocument?
        let target: CloudInitVersion
        let catalog: Catalog
        let schemaFindings: [SchemaFinding]
        let paths: DocumentPaths?
        let knownRules: Set<RuleID>
        let userData: UserDataFacts
        let inputKind: InputKind
        let agent: AgentInput?
        let cache: LintCache

        init(
            source: SourceFile, kind: UserDataKind, header: HeaderAnalysis, isCloudConfig: Bool, stream: YAMLStream?,
            document: YAMLDocument?, target: CloudInitVersion, catalog: Catalog, schemaFindings: [SchemaFinding],
            paths: DocumentPaths?, knownRules: Set<RuleID>, userData: UserDataFacts, inputKind: InputKind,
            agent: AgentInput?, cache: LintCache
        ) {
            self.source = source
            self.kind = kind
            self.header = header
            self.isCloudConfig = isCloudConfig
            self.stream = stream
            self.document = document
            self.target = target
            self.catalog = catalog
            self.schemaFindings = schemaFindings
            self.paths = paths
            self.knownRules = knownRules
            self.userData = userData
            self.inputKind = inputKind
            self.agent = agent
            self.cache = cache
        }

        /// The same fields with other user-data facts, input kind or agent input; the cache is
        /// shared, as copies of a context share it.
        func replacing(
            userData: UserDataFacts? = nil, inputKind: InputKind? = nil, agent: AgentInput?? = nil
        ) -> Storage {
            Storage(
                source: source, kind: kind, header: header, isCloudConfig: isCloudConfig, stream: stream,
                document: document, target: target, catalog: catalog, schemaFindings: schemaFindings, paths: paths,
                knownRules: knownRules, userData: userData ?? self.userData, inputKind: inputKind ?? self.inputKind,
                agent: agent ?? self.agent, cache: cache)
        }
    }

    private var storage: Storage

    /// Creates the context of one input.
    init(
        source: SourceFile, kind: UserDataKind, header: HeaderAnalysis, isCloudConfig: Bool, stream: YAMLStream?,
        document: YAMLDocument?, target: CloudInitVersion, catalog: Catalog, schemaFindings: [SchemaFinding],
        paths: DocumentPaths?, knownRules: Set<RuleID>, userData: UserDataFacts = UserDataFacts(),
        inputKind: InputKind = .userData, agent: AgentInput? = nil
    ) {
        storage = Storage(
            source: source, kind: kind, header: header, isCloudConfig: isCloudConfig, stream: stream,
            document: document, target: target, catalog: catalog, schemaFindings: schemaFindings, paths: paths,
            knownRules: knownRules, userData: userData, inputKind: inputKind, agent: agent, cache: LintCache())
    }

    /// The input.
    package var source: SourceFile { storage.source }
    /// What cloud-init takes the input for.
    package var kind: UserDataKind { storage.kind }
    /// How the first line compares with `#cloud-config`.
    package var header: HeaderAnalysis { storage.header }
    /// Whether the input is linted as cloud-config (its header is, or was evidently meant to be,
    /// `#cloud-config`).
    package var isCloudConfig: Bool { storage.isCloudConfig }
    /// The parsed YAML, when the input is linted as cloud-config.
    package var stream: YAMLStream? { storage.stream }
    /// The document cloud-init loads, when the YAML could be read.
    package var document: YAMLDocument? { storage.document }
    /// The release the configuration is for.
    package var target: CloudInitVersion { storage.target }
    /// The catalog.
    package var catalog: Catalog { storage.catalog }
    /// What the validator found, in document order; empty when the YAML could not be read.
    package var schemaFindings: [SchemaFinding] { storage.schemaFindings }
    /// The key path of every node written in the document.
    package var paths: DocumentPaths? { storage.paths }
    /// Every rule identifier and alias a suppression comment may name.
    package var knownRules: Set<RuleID> { storage.knownRules }
    /// How the text is read and what the user-data layer (envelopes, templates, scripts, an
    /// external schema, ShellCheck) found about it.
    package var userData: UserDataFacts {
        get { storage.userData }
        set { storage = storage.replacing(userData: newValue) }
    }
    /// What the input is linted as.
    package var inputKind: InputKind {
        get { storage.inputKind }
        set { storage = storage.replacing(inputKind: newValue) }
    }
    /// The waagent.conf and what the agent layer found in it, when the input is one.
    package var agent: AgentInput? {
        get { storage.agent }
        set { storage = storage.replacing(agent: .some(newValue)) }
    }
    /// Values several rules derive from this input, built once.
    var cache: LintCache { storage.cache }
    /// The document's root node.
    package var root: YAMLNodeID? { storage.document?.root }
}
