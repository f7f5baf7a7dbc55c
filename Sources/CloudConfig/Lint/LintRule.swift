/// A rule: a stable identifier with what it finds, why, and examples, listed by `cloudcfg rules`
/// and selected by configuration files and suppression comments.
public protocol Rule: Sendable {
    /// What the rule is.
    var definition: RuleDescription { get }
}

extension Rule {
    /// The rule's identifier.
    public var id: RuleID { definition.id }

    /// A diagnostic of this rule.
    ///
    /// - Parameters:
    ///   - message: What is wrong, lower-case, without a final period: one of the rule's message
    ///     factories.
    ///   - range: Where.
    ///   - keyPath: The cloud-init key path, if any.
    ///   - notes: Secondary messages.
    ///   - fixIts: Suggested changes.
    ///   - severity: The severity, when a finding differs from the rule's default.
    /// - Returns: The diagnostic.
    package func diagnostic(
        _ message: Diagnostic.Message, at range: SourceRange, keyPath: KeyPath? = nil, notes: [Note] = [],
        fixIts: [FixIt] = [], severity: Severity? = nil
    ) -> Diagnostic {
        Diagnostic(
            definition.id, severity ?? definition.defaultSeverity, message.text, at: range,
            keyPath: keyPath?.description, notes: notes, fixIts: fixIts)
    }
}

/// A rule that checks each linted input and turns what it finds into diagnostics.
///
/// Rules are values: they hold no state between inputs. Each declares its stable identifier,
/// default severity, rationale and examples in ``Rule/definition``; the linter applies the
/// configured severity, suppressions and precedence afterwards.
package protocol LintRule: Rule {
    /// Finds problems in one input.
    ///
    /// - Parameter context: The input, parsed, with the schema findings.
    /// - Returns: Diagnostics with the rule's identifier and default severity.
    func check(_ context: LintContext) -> [Diagnostic]
}
