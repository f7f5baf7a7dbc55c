import Testing

@testable import CloudConfig

/// A rule renamed from `old-hostname-rule`, to test that old identifiers still select it.
private struct RenamedRule: LintRule {
    static let id = RuleID(rawValue: "hostname-seen")
    let definition = RuleDescription(
        id: Self.id, family: .semantics, defaultSeverity: .warning, summary: "A hostname is set",
        rationale: "For tests.", aliases: [RuleID(rawValue: "old-hostname-rule")])

    func check(_ context: LintContext) -> [Diagnostic] {
        context.matches("hostname").map { diagnostic("hostname is set", at: context.range($0.node)) }
    }
}

/// The linter: rule severities and `off` from the configuration, aliases, precedence, whether an
/// input parses, and determinism.
@Suite struct LinterTests {
    static func lint(_ text: String, _ configuration: LintConfiguration = LintConfiguration()) -> LintResult {
        CoreRules.linter(configuration).lint(SourceFile(path: "user-data.yaml", text: text))
    }

    static func found(_ result: LintResult) -> [String] {
        result.diagnostics.map { "\($0.range.start) \($0.severity.rawValue) \($0.ruleID)" }
    }

    static let sample = "#cloud-config\npackages: [a]\npackages: [b]\nntp: {enabled: yes}\nhostnme: web\n"

    @Test func defaultSeverities() {
        #expect(
            Self.found(Self.lint(Self.sample)) == [
                "3:1 error duplicate-key", "4:16 warning truthy", "5:1 error unknown-key",
            ])
    }

    @Test func configuredSeveritiesAndOff() {
        let configuration = LintConfiguration(
            rules: [.duplicateKey: .off, .truthy: .severity(.error), .unknownKey: .severity(.note)])
        #expect(Self.found(Self.lint(Self.sample, configuration)) == ["4:16 error truthy", "5:1 note unknown-key"])
    }

    @Test func onKeepsEachFindingsOwnSeverity() {
        let configuration = LintConfiguration(rules: [.truthy: .on])
        #expect(Self.found(Self.lint(Self.sample, configuration)).contains("4:16 warning truthy"))
    }

    @Test func configurationFromAFileAppliesToTheRun() {
        let (configuration, problems) = LintConfiguration.parse(
            SourceFile(path: ".cloudcfg.yaml", text: "rules: {duplicate-key: off, truthy: error}\n"),
            baseDirectory: "/", rules: RuleRegistry.all.map(\.definition))
        #expect(problems.isEmpty)
        #expect(
            Self.found(Self.lint(Self.sample, configuration)) == ["4:16 error truthy", "5:1 error unknown-key"])
    }

    @Test func aliasesSelectARenamedRule() throws {
        let rules: [any LintRule] = CoreRules.all + [RenamedRule()]
        let text = "#cloud-config\nhostname: web\n"
        func run(_ configuration: LintConfiguration, _ text: String = text) -> [String] {
            Self.found(Linter(configuration: configuration, rules: rules).lint(SourceFile(path: "u", text: text)))
        }
        #expect(run(LintConfiguration()) == ["2:11 warning hostname-seen"])
        // In the configuration file, by the old identifier.
        let (parsed, problems) = LintConfiguration.parse(
            SourceFile(path: ".cloudcfg.yaml", text: "rules: {old-hostname-rule: error}\n"), baseDirectory: "/",
            rules: rules.map(\.definition))
        #expect(problems.isEmpty)
        #expect(parsed.rules == [RenamedRule.id: .severity(.error)])
        #expect(run(parsed) == ["2:11 error hostname-seen"])
        // Set directly by the old identifier.
        #expect(run(LintConfiguration(rules: [RuleID(rawValue: "old-hostname-rule"): .off])).isEmpty)
        // In a suppression.
        #expect(
            run(LintConfiguration(), "#cloud-config\nhostname: web  # cloudcfg: disable-line old-hostname-rule\n")
                .isEmpty)
        #expect(RuleRegistry.definition(for: .duplicateKey)?.id == .duplicateKey)
    }

    // MARK: Precedence

    /// `type-mismatch` explains `hostname: yes` better than `truthy`, which it supersedes at the
    /// same key path; with `type-mismatch` off, `truthy` shows.
    @Test func aMoreSpecificRuleSupersedesAGenericOne() {
        let text = "#cloud-config\nhostname: yes\n"
        #expect(Self.found(Self.lint(text)) == ["2:11 error type-mismatch"])
        #expect(
            Self.found(Self.lint(text, LintConfiguration(rules: [.typeMismatch: .off]))) == ["2:11 warning truthy"])
    }

    @Test func tabIndentationSupersedesTheSyntaxError() {
        let text = "#cloud-config\nusers:\n\t- name: bob\n"
        #expect(Self.found(Self.lint(text)) == ["3:1 error tab-indentation"])
        let withoutTabRule = Self.lint(text, LintConfiguration(rules: [.tabIndentation: .off]))
        #expect(withoutTabRule.diagnostics.map(\.ruleID) == [.yamlSyntax])
    }

    @Test func supersededFindingsStayWhenTheyAreElsewhere() {
        let text = "#cloud-config\nhostname: yes\nssh_pwauth: on\n"
        #expect(Self.found(Self.lint(text)) == ["2:11 error type-mismatch", "3:13 warning truthy"])
    }

    // MARK: Whether the input parses

    @Test(arguments: [
        "#cloud-config\na: [b\n", "#cloud-config\nusers:\n\t- name: bob\n", "#cloud-config\nhostname: a\u{7}\n",
        "#cloud-config\nk: " + String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + "\n",
    ])
    func unparsableInputIsMarkedWhateverTheConfigurationSays(_ text: String) {
        #expect(Self.lint(text).isUnparsable)
        let everythingOff = LintConfiguration(
            rules: Dictionary(uniqueKeysWithValues: CoreRules.all.map { ($0.id, .off) }))
        let quiet = Self.lint(text, everythingOff)
        #expect(quiet.isUnparsable)
        #expect(quiet.diagnostics.isEmpty)
        let downgraded = Self.lint(text, LintConfiguration(rules: [.yamlSyntax: .severity(.warning)]))
        #expect(downgraded.isUnparsable)
    }

    @Test(arguments: [
        "#cloud-config\nhostname: web\n", "#!/bin/sh\necho [\n", "just text [\n", "#cloud-config\na: *undefined\n",
        "",
    ])
    func parsableOrUnlintedInputIsNotMarked(_ text: String) {
        #expect(!Self.lint(text).isUnparsable)
    }

    /// A cloud-config saved as UTF-16 or UTF-32: cloud-init recognises nothing in it, and the
    /// finding says why (not merely that the user-data is unrecognised).
    @Test(arguments: ["utf-16", "utf-16le", "utf-16be", "utf-32", "utf-32le"])
    func wideEncodingsAreInvalidEncodingAndUnparsable(_ encoding: String) throws {
        let text = "#cloud-config\nhostname: web\n"
        var bytes: [UInt8]
        switch encoding {
        case "utf-16": bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case "utf-16le": bytes = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        case "utf-16be": bytes = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        case "utf-32": bytes = [0xFF, 0xFE, 0, 0] + text.unicodeScalars.flatMap { [UInt8($0.value & 0xFF), 0, 0, 0] }
        default: bytes = text.unicodeScalars.flatMap { [UInt8($0.value & 0xFF), 0, 0, 0] }
        }
        let result = CoreRules.linter().lint(SourceFile(path: "u", bytes: bytes))
        #expect(result.diagnostics.map(\.ruleID) == [.invalidEncoding])
        #expect(result.diagnostics.first?.message.contains("UTF-") == true)
        #expect(result.isUnparsable)
        #expect(result.kind == .unknown)
    }

    // MARK: Kinds

    @Test(arguments: [
        ("#cloud-config\nhostname: a\n", UserDataKind.cloudConfig), ("hostname: a\n", .cloudConfig),
        ("#Cloud-Config\nhostname: a\n", .cloudConfig), ("# cloud-config\nhostname: a\n", .cloudConfig),
        ("#!/bin/sh\necho\n", .script), ("#include\nhttp://x\n", .include),
        ("#cloud-config-archive\n- type: text/x-shellscript\n", .cloudConfigArchive),
        ("## template: jinja\n#cloud-config\n", .jinja), ("#cloud-boothook\necho\n", .boothook),
        ("Content-Type: multipart/mixed\nMIME-Version: 1.0\n", .mime), ("plain words\n", .unknown),
        ("- a\n- b\n", .unknown),
    ])
    func resultKinds(_ text: String, _ kind: UserDataKind) {
        #expect(Self.lint(text).kind == kind)
    }

    // MARK: Determinism

    @Test func theSameInputGivesTheSameBytes() throws {
        let text = try String(decoding: Golden.fixture("lint/reporting/findings.yaml"), as: UTF8.self)
        let rules = RuleRegistry.all.map(\.definition)
        var outputs = Set<[UInt8]>()
        for _ in 0..<5 {
            let result = Self.lint(text)
            outputs.insert(Array(JSONReporter().report([result], rules: rules).utf8))
            outputs.insert(Array(SARIFReporter().report([result], rules: rules).utf8))
        }
        #expect(outputs.count == 2)
    }
}
