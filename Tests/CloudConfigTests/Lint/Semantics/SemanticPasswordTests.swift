import Foundation
import Testing

@testable import CloudConfig

/// password-not-hashed, password-hash-as-text, plaintext-password, locked-password and
/// ssh-pwauth-without-password.
@Suite struct SemanticPasswordTests {
    static let sha512 = "$6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q"
    static let yescrypt = "$y$j9T$Fz8Jc4m0d7aXb2$Qm8r0K3sL1vN6pT9wZ2yC5eH7jU4iO1aS3dF6gH8kL0"

    @Test(arguments: [
        ("$6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q", PasswordText.hash("SHA-512")),
        ("$6$rounds=5000$salt$hash", .hash("SHA-512")), ("$5$salt$hash", .hash("SHA-256")),
        ("$1$salt$hash", .hash("MD5")), ("$2b$12$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ012", .hash("bcrypt")),
        ("$2a$10$x$y", .hash("bcrypt")), ("$2y$10$x$y", .hash("bcrypt")), ("$y$j9T$salt$hash", .hash("yescrypt")),
        ("$gy$j9T$salt$hash", .hash("gost-yescrypt")), ("$7$CU..../....salt$hash", .hash("scrypt")),
        ("$sha1$40000$salt$hash", .hash("PBKDF1-SHA1")), ("$md5,rounds=1000$salt$hash", .hash("Sun MD5")),
        ("$3$$8846f7eaee8fb117ad06bdd830b7586c", .hash("NT")), ("!", .locked), ("!!", .locked), ("*", .locked),
        ("*LK*", .locked), ("!$6$salt$hash", .locked), ("", .empty), ("hunter2", .plain), ("$6$", .plain),
        ("$6$salt$", .plain), ("$6$salt", .plain), ("$9$salt$hash", .plain), ("$6$salt$has h", .plain),
        ("abJnggxhB/yWI", .plain), ("$ecret$pass$word", .plain),
    ])
    func classification(_ text: String, expected: PasswordText) {
        #expect(PasswordText(text) == expected, "\(text)")
    }

    /// cloud-init's own test for chpasswd.list hashes, run by Python's `re`.
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasPyYAML)))
    func cloudInitHashPatternMatchesPython() throws {
        let values = [
            "$6$salt$hash", "$6$$hash", "$6$s$", "$6$s$h", "$6$salt", "$2a$10$abc", "$2b$10$a$b", "$y$j9T$s$h",
            "$1$a$b", "$5$a$b$c", "$6$a\n$b", "$6$a$\nb", "$6$a$b\n", "$6$a$b:c", "x$6$a$b", "$61$a$b", "$2y$$$",
            "$2a$$a$b", "R", "",
        ]
        let script = """
            import json, re, sys
            prog = re.compile(r"\\$(1|2a|2y|5|6)(\\$.+){2}")
            print(json.dumps([prog.match(p) is not None and ":" not in p for p in json.load(sys.stdin)]))
            """
        let expected = try #require(try Oracle.pythonJSON(script, input: values) as? [Bool])
        for (value, python) in zip(values, expected) {
            #expect(PasswordText.cloudInitTreatsAsHash(value) == python, "\(value.debugDescription)")
        }
    }

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
        #expect(rules.isSuperset(of: ["password-not-hashed", "plaintext-password", "locked-password"]))
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
            paths("password-not-hashed") == [
                "users.0.passwd@4", "users.1.hashed-passwd@7", "chpasswd.users.0.password@14",
            ])
        #expect(
            paths("password-hash-as-text") == [
                "users.2.plain_text_passwd@10", "chpasswd.users.2.password@16", "chpasswd.list@20",
            ])
        // The top-level password is ignored when chpasswd sets passwords, but it is still a secret in user-data.
        #expect(paths("plaintext-password") == ["password@1", "chpasswd.users.1.password@15", "chpasswd.list@19"])
        let top = SemanticSupport.findings(body, rule: "plaintext-password").first
        #expect(top?.message.contains("cloud-init even ignores it") == true)
        #expect(SemanticSupport.findings(body, rule: "password-not-hashed").allSatisfy { $0.severity == .error })
        #expect(SemanticSupport.findings(body, rule: "plaintext-password").allSatisfy { $0.severity == .warning })
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
        for finding in SemanticSupport.findings(body, rule: "password-hash-as-text").reversed() {
            text = SemanticSupport.applying(try #require(finding.fixIts.first), to: text)
        }
        #expect(text.contains("    hashed_passwd: \(Self.sha512)"))
        #expect(text.contains("type: hash}"))
        let after = SemanticSupport.lintFile(text)
        #expect(!after.contains { $0.severity == .error || $0.ruleID == "plaintext-password" })
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
        let findings = SemanticSupport.findings(body, rule: "locked-password")
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
        let findings = SemanticSupport.findings(body, rule: "ssh-pwauth-without-password")
        #expect(findings.count == (flagged ? 1 : 0))
        #expect(findings.allSatisfy { $0.severity == .warning && $0.message.contains("Azure") })
    }
}
