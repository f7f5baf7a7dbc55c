/// One input as the rules see it: its bytes, what cloud-init takes it for, its YAML and the
/// catalog's findings about it.
public struct LintContext: Sendable {
    /// The input.
    public let source: SourceFile
    /// What cloud-init takes the input for.
    public let kind: UserDataKind
    /// How the first line compares with `#cloud-config`.
    public let header: HeaderAnalysis
    /// Whether the input is linted as cloud-config (its header is, or was evidently meant to be,
    /// `#cloud-config`).
    public let isCloudConfig: Bool
    /// The parsed YAML, when the input is linted as cloud-config.
    public let stream: YAMLStream?
    /// The document cloud-init loads, when the YAML could be read.
    public let document: YAMLDocument?
    /// The release the configuration is for.
    public let target: CloudInitVersion
    /// The catalog.
    public let catalog: Catalog
    /// What the validator found, in document order; empty when the YAML could not be read.
    public let schemaFindings: [SchemaFinding]
    /// The key path of every node written in the document.
    public let paths: DocumentPaths?
    /// Every rule identifier and alias a suppression comment may name.
    public let knownRules: Set<RuleID>
    /// Values several rules derive from this input, built once.
    public let cache = LintCache()
    /// The document's root node.
    public var root: YAMLNodeID? { document?.root }
}
