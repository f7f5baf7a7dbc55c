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
                "not-linted", "archive-invalid", "base64-double-encoded", "base64-invalid", "boundary-in-part",
                "boundary-missing", "boundary-not-closed", "boundary-not-found", "charset-ignored",
                "content-type-mismatch", "decoded-too-large", "duplicate-filename", "empty-cloud-config",
                "gzip-corrupt", "gzip-part-not-gzip", "include-url", "invalid-base64-body", "launch-index-invalid",
                "merge-type-ignored", "merge-type-syntax", "merge-type-unknown", "mime-header-syntax",
                "mime-nesting-too-deep", "mime-not-utf8", "mime-version-missing", "multipart-transfer-encoding",
                "non-ascii-without-base64", "part-ignored", "text-outside-parts", "unknown-content-type",
                "unknown-transfer-encoding", "json-patch-invalid", "user-data-too-large", "root-not-mapping",
                "unknown-key", "type-mismatch", "value-not-allowed", "missing-required-key", "pattern-mismatch",
                "invalid-format", "out-of-range", "schema-conflict", "deprecated-key", "deprecated-value",
                "unsupported-key", "removed-key", "json-schema", "write-files-permissions",
                "write-files-world-writable", "write-files-encoding", "write-files-owner-not-deferred",
                "password-not-hashed", "password-hash-as-text", "plaintext-password", "locked-password",
                "ssh-pwauth-without-password", "users-without-default", "command-item", "network-config-in-user-data",
                "jinja-without-header", "sudo-true", "ntp-server-port", "jinja-syntax-error", "jinja-unclosed-block",
                "jinja-unknown-tag", "jinja-unknown-filter", "jinja-unknown-test", "jinja-no-loader",
                "jinja-template-type", "jinja-unsupported", "jinja-undefined-variable", "jinja-render-error",
                "jinja-unknown-variable", "jinja-hyphen-in-name", "jinja-limit-exceeded", "shebang-crlf",
                "script-interpreter", "boothook-without-header", "shellcheck", "waagent-empty-file",
                "waagent-invalid-encoding", "waagent-input-too-large",
                "waagent-byte-order-mark", "waagent-unknown-option", "waagent-option-not-in-version",
                "waagent-obsolete-option", "waagent-listed-only-option", "waagent-switch-value", "waagent-int-value",
                "waagent-provisioning-agent-value", "waagent-enumeration-value", "waagent-empty-value",
                "waagent-inline-hash", "waagent-indented-comment", "waagent-ignored-line", "waagent-duplicate-option",
                "waagent-quoted-value", "waagent-equals-in-value", "waagent-swap-without-format",
                "waagent-swap-without-size", "waagent-resource-disk-with-cloud-init",
                "waagent-ineffective-for-provisioner", "waagent-wait-for-cloud-init-timeout",
                "waagent-differs-from-baseline", "unknown-datasource", "datasource-list-block-style",
                "invalid-suppression", "image-waagent-with-cloud-init", "image-datasource-without-azure",
                "image-data-dir-mismatch", "image-ssh-host-key-type", "image-resource-disk-conflict",
                "image-custom-data-with-cloud-init", "invalid-configuration", "missing-input",
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

    @Test func everyEnvelopeAndJinjaCodeHasItsOwnRule() {
        #expect(EnvelopeRules.codes.map(\.description) == EnvelopeFinding.Code.all.map(\.description))
        for rule in EnvelopeRules.all {
            guard let rule = rule as? any EnvelopeFindingRule else { continue }
            // The rule's identifier is the library's code.
            #expect(rule.id.rawValue == rule.code.description)
        }
        for rule in JinjaRules.all {
            guard let rule = rule as? any JinjaFindingRule else { continue }
            #expect(rule.id.rawValue == rule.code.rawValue)
        }
    }

    @Test func shellCheckCodesBelongToTheShellCheckRule() {
        #expect(RuleID.shellcheck(code: 2086).rawValue == "shellcheck/SC2086")
        #expect(RuleID.shellcheck(code: 2086).parent == .shellcheck)
        #expect(RuleID.shellcheck(code: 2086).isShellCheck)
        #expect(RuleID(rawValue: "shellcheck/SC").parent == nil)
        #expect(RuleID(rawValue: "shellcheck/2086").parent == nil)
        #expect(RuleID(rawValue: "other/SC2086").parent == nil)
        #expect(RuleID.duplicateKey.parent == nil)
        #expect(RuleRegistry.definition(for: .shellcheck(code: 2086))?.id == .shellcheck)
    }

    @Test func identifiersParseFromTheirText() {
        #expect(RuleID(rawValue: "duplicate-key") == .duplicateKey)
        #expect(RuleRegistry.definition(for: RuleID(rawValue: "write-files-permissions"))?.family == .semantics)
        #expect(RuleRegistry.definition(for: RuleID(rawValue: "no-such-rule")) == nil)
    }
}
