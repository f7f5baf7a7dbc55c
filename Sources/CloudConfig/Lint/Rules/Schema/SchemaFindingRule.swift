/// A rule that reports one kind of the schema validator's findings.
///
/// The validator finds every problem once, in document order; each such rule selects its kind
/// of finding in one line and says it in its own words:
///
/// ```swift
/// func diagnostic(for finding: SchemaFinding, in document: YAMLDocument, _ context: LintContext) -> Diagnostic? {
///     guard case .patternMismatch(let pattern) = finding.kind else { return nil }
///     ...
/// }
/// ```
protocol SchemaFindingRule: LintRule {
    /// The finding as a diagnostic of this rule, or `nil` when it is not this rule's kind.
    ///
    /// - Parameters:
    ///   - finding: One of the validator's findings.
    ///   - document: The document it is about.
    ///   - context: The input.
    /// - Returns: The diagnostic.
    func diagnostic(for finding: SchemaFinding, in document: YAMLDocument, _ context: LintContext) -> Diagnostic?
}

extension SchemaFindingRule {
    /// The diagnostics for the findings of the rule's kind, in document order.
    func check(_ context: LintContext) -> [Diagnostic] {
        guard let document = context.document else { return [] }
        return context.schemaFindings.compactMap { diagnostic(for: $0, in: document, context) }
    }

    /// A diagnostic at the finding's node, with its key path.
    func diagnostic(
        _ message: Diagnostic.Message, for finding: SchemaFinding, in document: YAMLDocument, notes: [Note] = [],
        fixIts: [FixIt] = [], severity: Severity? = nil
    ) -> Diagnostic {
        diagnostic(
            message, at: document[finding.node].range, keyPath: finding.path, notes: notes, fixIts: fixIts,
            severity: severity)
    }
}
