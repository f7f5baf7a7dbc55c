import Foundation
import Testing

@testable import CloudConfig

/// What differs when linting for Debian 12's cloud-init 22.4.2 instead of 26.2, on the two
/// version fixtures of the defect corpus (the judges' verdicts on them are checked by the oracle
/// tests; these tests pin which rule and severity each difference gets).
struct Debian12TargetTests {
    static func lint(_ name: String, target: CloudInitVersion) throws -> [Diagnostic] {
        let bytes = try Fixtures.data("oracle/\(name)")
        return Linter(configuration: LintConfiguration(target: target)).lint(
            SourceFile(path: name, bytes: Array(bytes))
        )
        .diagnostics
    }

    static func find(_ diagnostics: [Diagnostic], _ path: String) -> [Diagnostic] {
        diagnostics.filter { $0.keyPath == path }
    }

    /// 22.4.2 accepts what 26.2 rejects here: the legacy apt keys are deprecations it converts at
    /// boot, a misspelt top-level key is ignored (a warning), and Debian 12's module names are
    /// modules it has.
    @Test func debian12FormsAreValidFor22AndErrorsFor26() throws {
        let old = try Self.lint("debian12-forms.yaml", target: .debian12)
        #expect(!old.contains { $0.severity == .error }, "\(old)")
        for key in ["apt_proxy", "apt_https_proxy", "apt_preserve_sources_list", "apt_sources"] {
            let found = Self.find(old, key)
            #expect(found.map(\.ruleID) == [.deprecatedKey] && found.allSatisfy { $0.severity == .warning })
            #expect(found.first?.message.contains("converts it") == true, "\(found)")
        }
        #expect(
            Self.find(old, "apt_https_proxy").first?.message.contains("to apt.ftp_proxy") == true,
            "the converter's swap of the two proxies is worth saying")
        let typo = Self.find(old, "pakages")
        #expect(typo.map(\.ruleID) == [.unknownKey] && typo.first?.severity == .warning)
        #expect(typo.first?.fixIts.first?.edits.first?.replacement == "packages")

        let new = try Self.lint("debian12-forms.yaml", target: .newest)
        let errors = Dictionary(grouping: new.filter { $0.severity == .error }) { $0.keyPath ?? "" }
        for key in ["apt_proxy", "apt_https_proxy", "apt_preserve_sources_list", "apt_sources", "pakages"] {
            #expect(errors[key]?.map(\.ruleID) == [.unknownKey], "\(key): \(errors[key] ?? [])")
        }
        for path in [
            "cloud_init_modules.0", "cloud_final_modules.0", "cloud_final_modules.1", "ssh_genkeytypes.1",
            "phone_home.post.0",
        ] {
            #expect(errors[path]?.map(\.ruleID) == [.removedKey], "\(path): \(errors[path] ?? [])")
        }
        #expect(errors["landscape.client"]?.count == 2)
    }

    /// 26.2 accepts what 22.4.2's schema rejects here; for 22.4.2 each is an error, except the
    /// top-level key it does not know, which it ignores (a warning).
    @Test func newerFormsAreErrorsFor22AndValidFor26() throws {
        let new = try Self.lint("newer-forms.yaml", target: .newest)
        #expect(!new.contains { $0.severity == .error }, "\(new)")
        let old = try Self.lint("newer-forms.yaml", target: .debian12)
        let errors = old.filter { $0.severity == .error }
        for path in [
            "users.1.sudo", "users.2.no-create-home", "rh_subscription.org", "disk_setup./dev/sdb.layout.0.1",
            "cloud_final_modules.1", "ansible.pull",
        ] {
            #expect(
                errors.contains { $0.ruleID == .unsupportedKey && $0.keyPath == path },
                "\(path): \(errors.map { "\($0.keyPath ?? "-") \($0.ruleID)" })")
        }
        let pro = Self.find(old, "ubuntu_pro")
        #expect(pro.map(\.ruleID) == [.unsupportedKey] && pro.first?.severity == .warning, "\(pro)")
        // A key the target does not have is not also deprecated there.
        #expect(!old.contains { $0.ruleID == .deprecatedKey }, "\(old)")
    }

    /// Single values 22.4.2's schema rejects and 26.2's accepts: an empty `users` list, `locale:
    /// false`, and a `migrate` that is not a boolean.
    @Test(arguments: [
        ("users: []\n", "users", "out-of-range"), ("locale: false\n", "locale", "unsupported-key"),
        ("migrate: 'yes'\n", "migrate", "type-mismatch"),
    ])
    func errorsFor22Only(text: String, path: String, rule: String) {
        let old = LintSupport.lint(text, configuration: LintConfiguration(target: .debian12)).diagnostics
        #expect(old.contains { $0.severity == .error && $0.keyPath == path && $0.ruleID.rawValue == rule }, "\(old)")
        let new = LintSupport.lint(text).diagnostics
        #expect(!new.contains { $0.severity == .error }, "\(new)")
    }
}
