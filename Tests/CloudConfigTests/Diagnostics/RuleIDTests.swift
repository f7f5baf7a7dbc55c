import Testing

@testable import CloudConfig

/// Rule identifiers are a contract (configuration files, suppressions, CI filters, the JSON and
/// SARIF output name them), so the exact strings are pinned here, in `cloudcfg rules` order.
@Suite struct RuleIDTests {
    @Test func identifiersAreStable() {
        #expect(
            RuleRegistry.all.map(\.id.rawValue) == [
                "yaml-syntax", "invalid-encoding", "invalid-character", "input-too-large", "nesting-too-deep",
                "alias-expansion-limit", "undefined-alias", "duplicate-anchor", "recursive-alias", "unknown-tag",
                "invalid-value", "unhashable-key", "invalid-merge", "multiple-documents", "duplicate-key",
                "tab-indentation", "byte-order-mark", "crlf-line-endings", "truthy", "sexagesimal", "implicit-octal",
                "non-string-key", "missing-header", "malformed-header", "header-format", "unrecognized-user-data",
                "not-linted", "root-not-mapping", "unknown-key", "type-mismatch", "value-not-allowed",
                "missing-required-key", "pattern-mismatch", "invalid-format", "out-of-range", "schema-conflict",
                "deprecated-key", "deprecated-value", "unsupported-key", "removed-key", "write-files-permissions",
                "write-files-world-writable", "write-files-encoding", "write-files-owner-not-deferred",
                "password-not-hashed", "password-hash-as-text", "plaintext-password", "locked-password",
                "ssh-pwauth-without-password", "users-without-default", "command-item", "network-config-in-user-data",
                "jinja-without-header", "invalid-suppression", "invalid-configuration", "missing-input",
                "unreadable-input", "profile-unknown-key", "profile-duplicate-key", "profile-type-mismatch",
                "profile-missing-key", "profile-invalid-value", "profile-undefined-variable", "profile-unsupported",
            ])
    }

    @Test func everyYAMLErrorCodeHasItsOwnRule() {
        let rules = YAMLError.Code.allCases.map { ParseErrorRule.rule(for: $0).id }
        #expect(Set(rules).count == YAMLError.Code.allCases.count)
        #expect(ParseErrorRule.rule(for: .syntax).id == .yamlSyntax)
        #expect(ParseErrorRule.rule(for: .multipleDocuments).id == .multipleDocuments)
    }

    @Test func fatalCodesAreThoseThatLeaveTheDocumentIncomplete() {
        let fatal = YAMLError.Code.allCases.filter(\.isFatal).map { ParseErrorRule.rule(for: $0).id }
        #expect(
            fatal == [
                .yamlSyntax, .invalidEncoding, .invalidCharacter, .inputTooLarge, .nestingTooDeep, .aliasExpansionLimit,
            ])
    }

    @Test func identifiersParseFromTheirText() {
        #expect(RuleID(rawValue: "duplicate-key") == .duplicateKey)
        #expect(RuleRegistry.definition(for: RuleID(rawValue: "write-files-permissions"))?.family == .semantics)
        #expect(RuleRegistry.definition(for: RuleID(rawValue: "no-such-rule")) == nil)
    }
}
