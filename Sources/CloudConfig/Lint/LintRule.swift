/// A check that turns what it finds in one input into diagnostics.
///
/// Rules are values: they hold no state between inputs. Each declares its stable identifier,
/// default severity, rationale and examples in ``definition``; the linter applies the
/// configured severity, suppressions and precedence afterwards.
public protocol LintRule: Sendable {
    /// What the rule is.
    var definition: RuleDescription { get }

    /// Finds problems in one input.
    ///
    /// - Parameter context: The input, parsed, with the schema findings.
    /// - Returns: Diagnostics with the rule's identifier and default severity.
    func check(_ context: LintContext) -> [Diagnostic]
}

extension LintRule {
    /// The rule's identifier.
    public var id: RuleID { definition.id }

    /// A diagnostic of this rule at its default severity.
    ///
    /// - Parameters:
    ///   - message: What is wrong, lower-case, without a final period.
    ///   - range: Where.
    ///   - keyPath: The cloud-init key path, if any.
    ///   - notes: Secondary messages.
    ///   - fixIts: Suggested changes.
    /// - Returns: The diagnostic.
    public func diagnostic(
        _ message: String, at range: SourceRange, keyPath: KeyPath? = nil, notes: [Note] = [],
        fixIts: [FixIt] = []
    ) -> Diagnostic {
        Diagnostic(
            definition.id, definition.defaultSeverity, message, at: range,
            keyPath: keyPath?.description, notes: notes, fixIts: fixIts)
    }
}
