import Foundation
import Testing

@testable import CloudConfig

/// password-not-hashed, password-hash-as-text, plaintext-password, locked-password and
/// ssh-pwauth-without-password.
@Suite struct SemanticPasswordTests {
    static let sha512 = "$6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q"
    static let yescrypt = "$y$j9T$Fz8Jc4m0d7aXb2$Qm8r0K3sL1vN6pT9wZ2yC5eH7jU4iO1aS3dF6gH8kL0"

    /// Findings about secrets never repeat the secret.
    @Test func messagesDoNotDiscloseSecrets() {
        let secret = "S3cr3t-Passphrase"
        let body = """
            ssh_pwauth: true
            password: \(secret)
            users:
              - name: a
                passwd: \(secret)
              - name: b
                hashed_passwd: \(secret)
              - name: c
                plain_text_passwd: \(secret)
            chpasswd:
              users:
                - {name: d, password: \(secret)}
                - {name: e, password: \(secret), type: text}
              list:
                - f:\(secret)

            """
        let findings = LintSupport.lint(body).diagnostics
        let rules = Set(findings.map(\.ruleID))
        #expect(rules.isSuperset(of: [.passwordNotHashed, .plaintextPassword, .lockedPassword]))
        for finding in findings {
            #expect(!finding.message.contains(secret), "\(finding.ruleID): \(finding.message)")
            #expect(finding.notes.allSatisfy { !$0.message.contains(secret) })
            #expect(finding.fixIts.allSatisfy { $0.edits.allSatisfy { !$0.replacement.contains(secret) } })
        }
    }

    @Test func whereEachPasswordGoes() {
        let body = """
            password: top
            users:
              - name: a
                passwd: plain
                lock_passwd: false
              - name: b
                hashed-passwd: plain
                lock-passwd: false
              - name: c
                plain_text_passwd: \(Self.sha512)
                lock_passwd: false
            chpasswd:
              users:
                - {name: d, password: plain}
                - {name: e, password: plain, type: text}
                - {name: f, password: '\(Self.yescrypt)', type: text}
                - {name: g, type: RANDOM}
              list: |
                h:plain
                i:\(Self.yescrypt)
                j:$6$salt$hash
                k:RANDOM

            """
        func paths(_ rule: RuleID) -> [String] {
            SemanticSupport.findings(body, rule: rule).map { "\($0.keyPath ?? "")@\($0.range.start.line - 1)" }
        }
        #expect(
            paths(.passwordNotHashed) == [
                "users.0.passwd@4", "users.1.hashed-passwd@7", "chpasswd.users.0.password@14",
            ])
        #expect(
            paths(.passwordHashAsText) == [
                "users.2.plain_text_passwd@10", "chpasswd.users.2.password@16", "chpasswd.list@20",
            ])
        // The top-level password is ignored when chpasswd sets passwords, but it is still a secret in user-data.
        #expect(paths(.plaintextPassword) == ["password@1", "chpasswd.users.1.password@15", "chpasswd.list@19"])
        let top = SemanticSupport.findings(body, rule: .plaintextPassword).first
        #expect(top?.message.contains("cloud-init even ignores it") == true)
        #expect(SemanticSupport.findings(body, rule: .passwordNotHashed).allSatisfy { $0.severity == .error })
        #expect(SemanticSupport.findings(body, rule: .plaintextPassword).allSatisfy { $0.severity == .warning })
    }

    @Test func hashAsTextFixIts() throws {
        let body = """
            users:
              - name: c
                plain_text_passwd: \(Self.sha512)
                lock_passwd: false
            chpasswd:
              users:
                - {name: f, password: '\(Self.yescrypt)', type: text}

            """
        var text = SemanticSupport.file(body)
        for finding in SemanticSupport.findings(body, rule: .passwordHashAsText).reversed() {
            text = SemanticSupport.applying(try #require(finding.fixIts.first), to: text)
        }
        #expect(text.contains("    hashed_passwd: \(Self.sha512)"))
        #expect(text.contains("type: hash}"))
        let after = SemanticSupport.lintFile(text)
        #expect(!after.contains { $0.severity == .error || $0.ruleID == .plaintextPassword })
    }

    @Test func lockedPassword() {
        let body = """
            users:
              - name: a
                hashed_passwd: \(Self.sha512)
              - name: b
                hashed_passwd: \(Self.sha512)
                lock_passwd: true
              - name: c
                hashed_passwd: \(Self.sha512)
                lock_passwd: false
              - name: d
                hashed_passwd: '!'
              - name: e
                hashed_passwd: \(Self.sha512)
            chpasswd:
              users:
                - {name: e, password: '\(Self.sha512)'}

            """
        let findings = SemanticSupport.findings(body, rule: .lockedPassword)
        #expect(findings.map(\.keyPath) == ["users.0.hashed_passwd", "users.1.lock_passwd"])
        #expect(findings.first?.range.start.column == 5)
        #expect(findings.allSatisfy { $0.severity == .warning })
    }

    @Test(arguments: [
        ("ssh_pwauth: true\n", true), ("ssh_pwauth: 'yes'\n", true), ("ssh_pwauth: 1\n", true),
        ("ssh_pwauth: false\n", false), ("ssh_pwauth: unchanged\n", false),
        ("ssh_pwauth: true\npassword: RANDOM\n", false),
        ("ssh_pwauth: true\nchpasswd:\n  users:\n    - {name: a, type: RANDOM}\n", false),
        ("ssh_pwauth: true\nchpasswd:\n  list: ['a:R']\n", false),
        ("ssh_pwauth: true\nusers:\n  - {name: a, hashed_passwd: '!'}\n", true),
        ("ssh_pwauth: true\nuser: {name: a, plain_text_passwd: pw, lock_passwd: false}\n", false),
        ("ssh_pwauth: true\nusers:\n  - {name: a, passwd: '$6$a$b'}\n", false),
    ])
    func sshPasswordAuthentication(_ body: String, flagged: Bool) {
        let findings = SemanticSupport.findings(body, rule: .sshPwauthWithoutPassword)
        #expect(findings.count == (flagged ? 1 : 0))
        #expect(findings.allSatisfy { $0.severity == .warning && $0.message.contains("Azure") })
    }
}
