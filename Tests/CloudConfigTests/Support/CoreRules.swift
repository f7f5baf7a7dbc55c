@testable import CloudConfig

/// The rules the engine and reporter tests lint with: every rule but the semantic ones, which
/// another family of tests covers and which would otherwise add findings to inputs written to
/// test the engine.
enum CoreRules {
    /// Every non-semantic rule, in registry order.
    static let all: [any LintRule] = RuleRegistry.lintRules.filter { $0.definition.family != .semantics }

    /// A linter over ``all``.
    static func linter(_ configuration: LintConfiguration = LintConfiguration()) -> Linter {
        Linter(configuration: configuration, rules: all)
    }
}
