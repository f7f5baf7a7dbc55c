/// What an external cloud-init schema says about one value, as cloud-init's validator would say
/// it: an error, or a deprecation.
package struct ExternalSchemaFinding: Sendable {
    /// Whether it is a deprecation (`deprecated` or `changed`) rather than an error.
    package var isDeprecation: Bool
    /// What is wrong, lower-case.
    package var message: String
    /// The node to point at: the value, or the key it is the value of.
    package var node: YAMLNodeID
    /// The key path as cloud-init prints it (for an unexpected key, the key's own path, which is
    /// below cloud-init's).
    package var path: KeyPath
    /// The keyword that failed (`type`, `required`, ...).
    package var keyword: String
}
