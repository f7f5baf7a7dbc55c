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
                + (example.target.map { " at \($0)" } ?? "")
        }
    }

    static let cases: [Case] = RuleRegistry.all.flatMap { rule in
        rule.definition.triggeringExamples.map { Case(rule: rule.definition, example: $0, triggers: true) }
            + rule.definition.nonTriggeringExamples.map { Case(rule: rule.definition, example: $0, triggers: false) }
    }

    @Test(arguments: cases)
    func example(_ testCase: Case) {
        if let files = testCase.example.files {
            imageExample(testCase, files: files)
            return
        }
        let (result, offset) = LintSupport.lint(testCase.example, of: testCase.rule)
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
        let (text, _) = testCase.rule.lintedText(of: testCase.example)
        var applied = Self.applying(fixed.flatMap(\.edits), to: text)
        let header = String(text.prefix(text.count - testCase.example.text.count))
        if applied.hasPrefix(header) { applied.removeFirst(header.count) }
        #expect(applied == corrected, "\(testCase.rule.id): \(applied.debugDescription)")
    }

    /// An example of several files, linted together as an image: each file has the rule's
    /// findings at its own markers and nowhere else.
    func imageExample(_ testCase: Case, files: [(path: String, example: RuleExample)]) {
        let inputs = files.map { LintInput(SourceFile(path: $0.path, text: $0.example.text)) }
        let results = Linter().lint(together: inputs)
        #expect(results.count == files.count)
        var total = 0
        for (file, result) in zip(files, results) {
            let findings = result.diagnostics.filter { $0.ruleID == testCase.rule.id }
            let found = findings.map { "\($0.range.start.line):\($0.range.start.column)" }
            let expected = testCase.triggers ? file.example.markerLocations.map { "\($0.line):\($0.column)" } : []
            #expect(found == expected, "\(testCase.rule.id) in \(file.path): found \(found), expected \(expected)")
            if let message = testCase.example.message {
                for finding in findings {
                    #expect(
                        finding.message.contains(message), "\(testCase.rule.id): \(finding.message.debugDescription)")
                }
            }
            // A finding across files names the other file.
            for finding in findings {
                #expect(finding.notes.contains { $0.path != nil }, "\(testCase.rule.id): no note in another file")
            }
            total += findings.count
        }
        #expect(testCase.triggers == (total > 0), "\(testCase.rule.id): \(total) findings")
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
        // Rules whose input cannot be written as text (encodings, sizes, alias bombs, configuration
        // files, files that are missing or unreadable, gzip and bytes that are not UTF-8, nesting 33 MIME levels deep) or that need a lint option
        // (--platform, --instance-data, --schema, --shellcheck, a declared base64 layer) are covered
        // by dedicated tests instead (UserDataLintingTests, ShellCheckTests, ExternalSchemaTests).
        let exempt: Set<RuleID> = [
            .invalidEncoding, .inputTooLarge, .aliasExpansionLimit, .invalidConfiguration,
            .missingInput, .unreadableInput, .base64Invalid, .decodedTooLarge, .gzipCorrupt, .mimeNestingTooDeep,
            .mimeNotUTF8, .userDataTooLarge, .jinjaUnsupported, .jinjaUndefinedVariable, .jinjaRenderError,
            .jinjaLimitExceeded, .shellcheck, .jsonSchema, .waagentInvalidEncoding, .waagentInputTooLarge,
        ]
        for rule in RuleRegistry.all.map(\.definition) where !exempt.contains(rule.id) {
            #expect(!rule.triggeringExamples.isEmpty, "\(rule.id) has no triggering example")
        }
    }

    @Test func everyRuleWithAFixHasACorrectedExample() {
        for rule in RuleRegistry.all.map(\.definition) {
            let examples = rule.triggeringExamples.filter { $0.files == nil }
            let offersFix = examples.contains { example in
                let result = LintSupport.lint(example, of: rule).result
                return result.diagnostics.contains { $0.ruleID == rule.id && !$0.fixIts.isEmpty }
            }
            if offersFix {
                #expect(examples.contains { $0.corrected != nil }, "\(rule.id) offers fixes but no example shows one")
            }
        }
    }
}
