/// One input as the rules see it: its bytes, what cloud-init takes it for, its YAML and the
/// catalog's findings about it.
package struct LintContext: Sendable {
    /// The input.
    package let source: SourceFile
    /// What cloud-init takes the input for.
    package let kind: UserDataKind
    /// How the first line compares with `#cloud-config`.
    package let header: HeaderAnalysis
    /// Whether the input is linted as cloud-config (its header is, or was evidently meant to be,
    /// `#cloud-config`).
    package let isCloudConfig: Bool
    /// The parsed YAML, when the input is linted as cloud-config.
    package let stream: YAMLStream?
    /// The document cloud-init loads, when the YAML could be read.
    package let document: YAMLDocument?
    /// The release the configuration is for.
    package let target: CloudInitVersion
    /// The catalog.
    package let catalog: Catalog
    /// What the validator found, in document order; empty when the YAML could not be read.
    package let schemaFindings: [SchemaFinding]
    /// The key path of every node written in the document.
    package let paths: DocumentPaths?
    /// Every rule identifier and alias a suppression comment may name.
    package let knownRules: Set<RuleID>
    /// How the text is read and what the user-data layer (envelopes, templates, scripts, an
    /// external schema, ShellCheck) found about it.
    package var userData = UserDataFacts()
    /// What the input is linted as.
    package var inputKind: InputKind = .userData
    /// The waagent.conf and what the agent layer found in it, when the input is one.
    package var agent: AgentInput? = nil
    /// Values several rules derive from this input, built once.
    let cache = LintCache()
    /// The document's root node.
    package var root: YAMLNodeID? { document?.root }
}
