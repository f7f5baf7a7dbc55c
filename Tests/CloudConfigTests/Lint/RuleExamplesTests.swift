import Testing

@testable import CloudConfig

/// Every rule's examples, run as tests: a triggering example has a finding of the rule at every
/// marker and nowhere else, with the message the example states, and the text the example states
/// once the findings' fixes are applied; a non-triggering example has none.
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

    /// The header prepended to examples of rules that are not about the first line.
    static let header = "#cloud-config\n"

    @Test(arguments: cases)
    func example(_ testCase: Case) {
        let withHeader = !testCase.rule.examplesIncludeHeader
        let result = LintSupport.lint(testCase.example.text, for: testCase.rule, header: withHeader)
        let offset = withHeader ? 1 : 0
        let findings = result.diagnostics.filter { $0.ruleID == testCase.rule.id }
        let found = findings.map { "\($0.range.start.line - offset):\($0.range.start.column)" }
        let expected = testCase.triggers ? testCase.example.markerLocations.map { "\($0.line):\($0.column)" } : []
        #expect(
            found == expected,
            "\(testCase.rule.id): found \(found), expected \(expected); all findings: \(result.diagnostics.map { "\($0.range.start) \($0.ruleID): \($0.message)" })"
        )
        if let message = testCase.example.message {
            #expect(testCase.triggers, "only a triggering example states a message")
            for finding in findings {
                #expect(finding.message.contains(message), "\(testCase.rule.id): \(finding.message.debugDescription)")
            }
        }
        let fixed = findings.compactMap(\.fixIts.first)
        guard let corrected = testCase.example.corrected else {
            #expect(
                fixed.isEmpty,
                "\(testCase.rule.id) offers a fix (\(fixed.map(\.message))); state the corrected text in the example")
            return
        }
        #expect(!fixed.isEmpty, "\(testCase.rule.id): the example states a correction, but no finding offers a fix")
        let text = (withHeader ? Self.header : "") + testCase.example.text
        var applied = Self.applying(fixed.flatMap(\.edits), to: text)
        if withHeader, applied.hasPrefix(Self.header) { applied.removeFirst(Self.header.count) }
        #expect(applied == corrected, "\(testCase.rule.id): \(applied.debugDescription)")
    }

    /// Applies edits (byte offsets into the text) that do not overlap, later ones first.
    static func applying(_ edits: [TextEdit], to text: String) -> String {
        var bytes = Array(text.utf8)
        for edit in edits.sorted(by: { $0.range.start.offset > $1.range.start.offset }) {
            bytes.replaceSubrange(edit.range.start.offset..<edit.range.end.offset, with: Array(edit.replacement.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
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
        // releases other than the newest, configuration files, files that are missing or unreadable)
        // are covered by dedicated tests instead.
        let exempt: Set<RuleID> = [
            .invalidEncoding, .inputTooLarge, .aliasExpansionLimit, .unsupportedKey, .invalidConfiguration,
            .missingInput, .unreadableInput,
        ]
        for rule in RuleRegistry.all.map(\.definition) where !exempt.contains(rule.id) {
            #expect(!rule.triggeringExamples.isEmpty, "\(rule.id) has no triggering example")
        }
    }

    @Test func everyRuleWithAFixHasACorrectedExample() {
        for rule in RuleRegistry.all.map(\.definition) {
            let examples = rule.triggeringExamples
            let offersFix = examples.contains { example in
                let result = LintSupport.lint(example.text, for: rule, header: !rule.examplesIncludeHeader)
                return result.diagnostics.contains { $0.ruleID == rule.id && !$0.fixIts.isEmpty }
            }
            if offersFix {
                #expect(examples.contains { $0.corrected != nil }, "\(rule.id) offers fixes but no example shows one")
            }
        }
    }
}
