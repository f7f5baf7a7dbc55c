import Testing

@testable import CloudConfig

/// `# cloudcfg: disable-line RULE` and `# cloudcfg: disable-next-line RULE`, linted end to end.
@Suite struct SuppressionsTests {
    static func found(_ text: String) -> [String] {
        CoreRules.linter().lint(SourceFile(path: "u.yaml", text: "#cloud-config\n" + text)).diagnostics.map {
            "\($0.range.start.line - 1):\($0.range.start.column) \($0.ruleID)"
        }
    }

    static func messages(_ text: String) -> [String] {
        CoreRules.linter().lint(SourceFile(path: "u.yaml", text: "#cloud-config\n" + text)).diagnostics.map(\.message)
    }

    @Test func unsuppressedBaseline() {
        #expect(Self.found("a-key: yes\n") == ["1:1 unknown-key", "1:8 truthy"])
    }

    @Test(arguments: [
        "a-key: yes  # cloudcfg: disable-line unknown-key, truthy\n",
        "a-key: yes  # cloudcfg: disable-line unknown-key truthy\n",
        "a-key: yes  # cloudcfg: disable-line unknown-key,truthy - both are intended\n",
        "a-key: yes  # cloudcfg: disable-line all\n",
        "a-key: yes  # cloudcfg: disable-line all - a vendor extension\n",
        "a-key: yes  #cloudcfg:disable-line all\n",
        "a-key: yes\t# cloudcfg:   disable-line\tall\n",
        "# cloudcfg: disable-next-line unknown-key, truthy\na-key: yes\n",
        "# cloudcfg: disable-next-line all - reason with - dashes, and commas\na-key: yes\n",
        "  # cloudcfg: disable-next-line all\na-key: yes\n",
    ])
    func suppressed(_ text: String) {
        #expect(Self.found(text).isEmpty, "\(text.debugDescription)")
    }

    @Test func onlyTheNamedRulesAreSuppressed() {
        #expect(Self.found("a-key: yes  # cloudcfg: disable-line truthy\n") == ["1:1 unknown-key"])
        #expect(Self.found("# cloudcfg: disable-next-line unknown-key\na-key: yes\n") == ["2:8 truthy"])
    }

    @Test func aSuppressionCoversOnlyItsLine() {
        #expect(
            Self.found("# cloudcfg: disable-next-line all\n\na-key: yes\n") == ["3:1 unknown-key", "3:8 truthy"])
        #expect(Self.found("a-key: 1  # cloudcfg: disable-line all\nb-key: 1\n") == ["2:1 unknown-key"])
    }

    /// The reason after ` - ` is not read as rule names.
    @Test func reasonsAreNotRuleNames() {
        #expect(Self.found("a-key: 1  # cloudcfg: disable-line unknown-key - truthy is fine, see all\n").isEmpty)
    }

    @Test func unknownRulesAreInvalidSuppressionsWithSuggestions() {
        #expect(
            Self.found("a-key: 1  # cloudcfg: disable-line unknown_key\n") == [
                "1:1 unknown-key", "1:11 invalid-suppression",
            ])
        #expect(
            Self.messages("a-key: 1  # cloudcfg: disable-line unknown_key\n").last
                == "'unknown_key' is not a cloudcfg rule; did you mean 'unknown-key'?")
        #expect(
            Self.messages("a: 1  # cloudcfg: disable-line zzzzzzzz\n").last
                == "'zzzzzzzz' is not a cloudcfg rule; `cloudcfg rules` lists them")
        // A known rule next to an unknown one is still suppressed.
        #expect(
            Self.found("a-key: 1  # cloudcfg: disable-line unknown-key, nonsense-rule\n") == [
                "1:11 invalid-suppression"
            ])
    }

    @Test(arguments: [
        "hostname: web  # cloudcfg: disable-lines truthy\n", "hostname: web  # cloudcfg: enable-line truthy\n",
        "hostname: web  # cloudcfg: disable-line: truthy\n", "hostname: web  # cloudcfg: disable truthy\n",
        "hostname: web  # cloudcfg:\n",
    ])
    func unknownDirectivesAreInvalidSuppressions(_ text: String) {
        #expect(Self.found(text) == ["1:16 invalid-suppression"], "\(text.debugDescription)")
        #expect(Self.messages(text).first?.hasPrefix("unknown suppression") == true)
    }

    @Test func aSuppressionWithoutRulesIsInvalid() {
        #expect(Self.found("hostname: web  # cloudcfg: disable-line\n") == ["1:16 invalid-suppression"])
        #expect(Self.found("hostname: web  # cloudcfg: disable-line - why\n") == ["1:16 invalid-suppression"])
    }

    @Test func invalidSuppressionCanBeTurnedOff() {
        let configuration = LintConfiguration(rules: [.invalidSuppression: .off])
        let result = CoreRules.linter(configuration).lint(
            SourceFile(path: "u", text: "#cloud-config\nhostname: web  # cloudcfg: disable-line nonsense\n"))
        #expect(result.diagnostics.isEmpty)
    }

    /// A `#` inside a quoted scalar or a block scalar is text, not a comment: it suppresses
    /// nothing and is not an invalid suppression.
    @Test func hashesInsideScalarsAreNotComments() {
        #expect(Self.found("a-key: \"x # cloudcfg: disable-line all\"\n") == ["1:1 unknown-key"])
        #expect(Self.found("a-key: 'x # cloudcfg: disable-line all'\n") == ["1:1 unknown-key"])
        #expect(Self.found("a-key: x#cloudcfg:disable-line,all\n") == ["1:1 unknown-key"])
        #expect(
            Self.found("a-key: |\n  # cloudcfg: disable-next-line all\nb-key: 1\n") == [
                "1:1 unknown-key", "3:1 unknown-key",
            ])
        #expect(
            Self.found("runcmd:\n  - >\n    # cloudcfg: disable-line nonsense\n  - echo\nb-key: 1\n") == [
                "5:1 unknown-key"
            ])
        #expect(
            Self.found("a-key: \"multi\n  # cloudcfg: disable-next-line all\n  line\"\nb-key: 1\n") == [
                "1:1 unknown-key", "4:1 unknown-key",
            ])
    }

    /// The header line is never a suppression.
    @Test func theHeaderIsNotASuppression() {
        let result = CoreRules.linter().lint(
            SourceFile(path: "u", text: "#cloud-config # cloudcfg: disable-line all\nx: 1\n"))
        #expect(result.diagnostics.map(\.ruleID).contains(.unknownKey))
    }
}
