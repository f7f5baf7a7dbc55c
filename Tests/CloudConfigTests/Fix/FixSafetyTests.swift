import Testing

@testable import CloudConfig

/// Every rule that offers fixes decides whether `--fix` applies them, and every fix-it it offers
/// keeps to that decision.
@Suite struct FixSafetyTests {
    /// The decisions, pinned: changing one is a decision to make on purpose, here and in the rule.
    static let decisions: [RuleID: FixSafety.Verdict] = [
        .byteOrderMark: .safe, .tabIndentation: .suggestion, .truthy: .safe, .sexagesimal: .perFix,
        .nonStringKey: .safe,
        .missingHeader: .safe, .malformedHeader: .safe, .headerFormat: .safe,
        .deprecatedKey: .safe, .typeMismatch: .perFix, .unknownKey: .perFix, .valueNotAllowed: .suggestion,
        .commandItem: .safe, .jinjaWithoutHeader: .suggestion, .ntpServerPort: .safe, .passwordHashAsText: .suggestion,
        .sudoTrue: .suggestion, .writeFilesEncoding: .safe, .writeFilesOwnerNotDeferred: .suggestion,
        .writeFilesPermissions: .perFix,
        .datasourceListBlockStyle: .perFix, .unknownDatasource: .perFix,
        .waagentByteOrderMark: .safe, .waagentDuplicateOption: .safe, .waagentEnumerationValue: .perFix,
        .waagentIndentedComment: .safe, .waagentInlineHash: .perFix, .waagentIntValue: .suggestion,
        .waagentListedOnlyOption: .suggestion, .waagentObsoleteOption: .safe, .waagentProvisioningAgentValue: .perFix,
        .waagentQuotedValue: .perFix, .waagentSwitchValue: .safe, .waagentUnknownOption: .perFix,
        .unknownContentType: .suggestion, .nonASCIIWithoutBase64: .suggestion, .mimeVersionMissing: .safe,
        .mergeTypeIgnored: .safe, .boundaryNotClosed: .safe,
        .jinjaUnknownVariable: .suggestion, .jinjaTemplateType: .suggestion, .jinjaHyphenInName: .safe,
        .scriptInterpreter: .suggestion, .shebangCRLF: .safe,
    ]

    @Test func everyRuleWithACorrectedExampleDecidesAndNoOtherDoes() {
        for rule in RuleRegistry.all.map(\.definition) {
            let corrects = rule.triggeringExamples.contains { $0.corrected != nil }
            #expect(
                (rule.fixSafety != nil) == corrects,
                "\(rule.id): \(corrects ? "offers fixes but does not say whether --fix applies them" : "decides about fixes it never offers")"
            )
            #expect(rule.fixSafety?.verdict == Self.decisions[rule.id], "\(rule.id)")
            if let reason = rule.fixSafety?.reason {
                #expect(!reason.isEmpty && reason.first?.isLowercase == true && !reason.hasSuffix("."), "\(rule.id)")
            }
        }
    }

    /// Each fix-it offered on a rule example, a lint fixture or a shipped example is safe exactly
    /// when its rule says so.
    @Test(arguments: FixItTests.exampleCases + FixItTests.fileCases)
    func everyFixKeepsToItsRuleDecision(_ testCase: FixItTests.Case) {
        let result = testCase.lint(SourceFile(path: testCase.path, bytes: testCase.bytes))
        for diagnostic in result.diagnostics where !diagnostic.fixIts.isEmpty {
            guard let safety = RuleRegistry.definition(for: diagnostic.ruleID)?.fixSafety else {
                Issue.record("\(diagnostic.ruleID) offers '\(diagnostic.fixIts[0].message)' without a decision")
                continue
            }
            for fixIt in diagnostic.fixIts {
                #expect(safety.admits(fixIt), "\(diagnostic.ruleID): '\(fixIt.message)' is safe: \(fixIt.isSafe)")
            }
        }
    }

    /// The rules whose fixes are safe in some cases only: the cases both ways.
    @Test(arguments: [
        ("#cloud-config\nlaunch-index: 1:30\n", true),
        ("#cloud-config\nchef:\n  initial_attributes:\n    ports: 22:22\n", false),
        ("#cloud-config\nhostname: 0644\n", true),
        ("#cloud-config\nssh_deletekeys: 'yes'\n", false),
        ("#cloud-config\npakages: [nginx]\n", false),
        ("#cloud-config\nwrite_files:\n  - path: /etc/motd\n    permissions: 644\n", true),
        ("#cloud-config\nwrite_files:\n  - path: /etc/motd\n    permissions: 'rw-r--r--'\n", true),
        ("#cloud-config\nwrite_files:\n  - path: /etc/motd\n    permissions: '420'\n", false),
    ])
    func perFixDecisions(_ text: String, safe: Bool) throws {
        let diagnostics = LintSupport.lint(text, header: false).diagnostics
        let fixIt = try #require(diagnostics.compactMap(\.fixIts.first).first)
        #expect(fixIt.isSafe == safe, "\(text.debugDescription): '\(fixIt.message)'")
    }

    @Test func aKeyInTheWrongCaseIsRenamedWithoutReview() throws {
        let result = Linter().lint("Reporting:\n  logging:\n    type: log\n", path: "x.cfg", as: .systemConfig)
        let unknown = try #require(result.diagnostics.first { $0.ruleID == .unknownKey })
        #expect(unknown.fixIts.map(\.isSafe) == [true])
    }

    @Test func aBlockListWithCommentsIsNotRewrittenWithoutReview() throws {
        let linter = Linter()
        let plain = linter.lint("datasource_list:\n  - Azure\n  - None\n", path: "x.cfg", as: .systemConfig)
        let commented = linter.lint(
            "datasource_list:\n  - Azure # the platform\n  - None\n", path: "x.cfg", as: .systemConfig)
        #expect(plain.diagnostics.flatMap(\.fixIts).map(\.isSafe) == [true])
        #expect(commented.diagnostics.flatMap(\.fixIts).map(\.isSafe) == [false])
    }

    @Test func theSummarySaysWhetherFixIsApplied() {
        #expect(FixSafety.safe("why").summary == "applied by `cloudcfg lint --fix`: why")
        #expect(FixSafety.suggestion("why").summary.hasPrefix("a suggestion, which `cloudcfg lint --fix` does not"))
        #expect(FixSafety.perFix("why").summary.contains("only in some cases"))
    }
}
