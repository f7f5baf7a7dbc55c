import Testing

@testable import CloudConfig

/// Every rule's examples, run as tests: a triggering example has a finding of the rule at every
/// marker and nowhere else; a non-triggering example has none.
@Suite struct RuleExamplesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let rule: RuleDescription
        let example: RuleExample
        let triggers: Bool
        var testDescription: String {
            "\(rule.id) \(triggers ? "flags" : "passes") \(example.text.debugDescription)"
        }
    }

    static let cases: [Case] = RuleRegistry.all.flatMap { rule in
        rule.definition.triggeringExamples.map { Case(rule: rule.definition, example: $0, triggers: true) }
            + rule.definition.nonTriggeringExamples.map { Case(rule: rule.definition, example: $0, triggers: false) }
    }

    @Test(arguments: cases)
    func example(_ testCase: Case) {
        let header = !testCase.rule.examplesIncludeHeader
        let result = LintSupport.lint(testCase.example.text, header: header)
        let offset = header ? 1 : 0
        let found = result.diagnostics.filter { $0.ruleID == testCase.rule.id }
            .map { "\($0.range.start.line - offset):\($0.range.start.column)" }
        let expected = testCase.triggers ? testCase.example.markerLocations.map { "\($0.line):\($0.column)" } : []
        #expect(
            found == expected,
            "\(testCase.rule.id): found \(found), expected \(expected); all findings: \(result.diagnostics.map { "\($0.range.start) \($0.ruleID): \($0.message)" })"
        )
    }

    @Test func everyRuleIsDocumented() {
        var seen = Set<RuleID>()
        for rule in RuleRegistry.all.map(\.definition) {
            #expect(seen.insert(rule.id).inserted, "\(rule.id) is registered twice")
            #expect(!rule.summary.isEmpty && !rule.rationale.isEmpty, "\(rule.id) needs a summary and a rationale")
            #expect(
                rule.id.rawValue.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" },
                "\(rule.id) is not kebab-case")
        }
    }

    @Test func everyLintRuleHasExamples() {
        // Rules whose input cannot be written as text (encodings, sizes, alias bombs, target
        // releases, files that are missing or unreadable) are covered by dedicated tests instead.
        let exempt: Set<RuleID> = [
            "invalid-encoding", "input-too-large", "alias-expansion-limit", "unsupported-key", "removed-key",
            "invalid-configuration", "missing-input", "unreadable-input",
        ]
        for rule in RuleRegistry.all.map(\.definition) where !exempt.contains(rule.id) {
            #expect(!rule.triggeringExamples.isEmpty, "\(rule.id) has no triggering example")
        }
    }
}
