import Testing

@testable import CloudConfig

/// The registry's lists, which are assembled without run-time casts: they must still say what
/// the casts said.
@Suite struct RuleRegistryTests {
    /// ``RuleRegistry/otherRules`` is every rule of ``RuleRegistry/all`` that checks no linted
    /// input, in listing order: the rules suppression comments may name besides those that run.
    @Test func otherRulesAreTheRulesThatAreNotLintRules() {
        let notLintRules = RuleRegistry.all.filter { !($0 is any LintRule) }.map(\.id)
        #expect(RuleRegistry.otherRules.map(\.id) == notLintRules)
        #expect(!RuleRegistry.otherRules.contains { $0 is any LintRule })
    }

    /// ``RuleRegistry/all`` lists the lint rules first, then the others, each once.
    @Test func allIsTheLintRulesThenTheOthers() {
        let ids = RuleRegistry.all.map(\.id)
        #expect(ids == RuleRegistry.lintRules.map(\.id) + RuleRegistry.otherRules.map(\.id))
        #expect(Set(ids).count == ids.count)
    }

    /// A linter knows every rule's identifier and alias, so that a suppression comment naming a
    /// rule that checks no input (such as `missing-input`) is not reported as unknown.
    @Test func aLinterKnowsEveryRule() {
        let linter = Linter()
        for rule in RuleRegistry.all {
            #expect(linter.knownRuleIDs.contains(rule.id))
            for alias in rule.definition.aliases { #expect(linter.knownRuleIDs.contains(alias)) }
        }
    }
}
