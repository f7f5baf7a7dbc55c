import Foundation
import Testing

@testable import CloudConfig

/// `Password`, `PasswordHash` and `PasswordField`: what a password value is and how cloud-init
/// sets it.
@Suite struct PasswordTests {
    /// The scheme's name for a hash, `locked`, `empty` or `plain`.
    static func kind(_ password: Password) -> String {
        switch password {
        case .empty: "empty"
        case .locked: "locked"
        case .hash(let hash): hash.scheme.name
        case .plainText: "plain"
        }
    }

    @Test(arguments: [
        ("$6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q", "SHA-512"), ("$6$rounds=5000$salt$hash", "SHA-512"),
        ("$5$salt$hash", "SHA-256"), ("$1$salt$hash", "MD5"),
        ("$2b$12$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ012", "bcrypt"), ("$2a$10$x$y", "bcrypt"),
        ("$2y$10$x$y", "bcrypt"), ("$y$j9T$salt$hash", "yescrypt"), ("$gy$j9T$salt$hash", "gost-yescrypt"),
        ("$7$CU..../....salt$hash", "scrypt"), ("$sha1$40000$salt$hash", "PBKDF1-SHA1"),
        ("$md5,rounds=1000$salt$hash", "Sun MD5"), ("$3$$8846f7eaee8fb117ad06bdd830b7586c", "NT"), ("!", "locked"),
        ("!!", "locked"), ("*", "locked"), ("*LK*", "locked"), ("!$6$salt$hash", "locked"), ("", "empty"),
        ("hunter2", "plain"), ("$6$", "plain"), ("$6$salt$", "plain"), ("$6$salt", "plain"), ("$9$salt$hash", "plain"),
        ("$6$salt$has h", "plain"), ("abJnggxhB/yWI", "plain"), ("$ecret$pass$word", "plain"),
    ])
    func classification(_ text: String, expected: String) {
        let password = Password(text)
        #expect(Self.kind(password) == expected, "\(text)")
        #expect(password.text == text)
        #expect(password.isPlainText == (expected == "plain"))
        #expect(password.isUsable == !["locked", "empty"].contains(expected))
    }

    @Test func hashesKnowTheirSchemes() throws {
        let hash = try #require(PasswordHash("$6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q"))
        #expect(hash.scheme == .sha512)
        #expect(hash.scheme.id == "6")
        #expect(hash.description == hash.text)
        #expect(PasswordHash("$y$j9T$s$h")?.scheme == .yescrypt)
        #expect(PasswordHash("hunter2") == nil)
        #expect(Set(PasswordHash.Scheme.all.map(\.id)).count == PasswordHash.Scheme.all.count)
    }

    @Test func fieldsDecideHowCloudInitSetsAValue() {
        let sha512 = "$6$saltsalt$3xVzq.5e4eG1Qb3mCjXq3kG6sD1P7Q"
        let yescrypt = "$y$j9T$Fz8Jc4m0d7aXb2$Qm8r0K3sL1vN6pT9wZ2yC5eH7jU4iO1aS3dF6gH8kL0"
        #expect(PasswordField.hashedPasswd.setsAsHash("hunter2"))
        #expect(!PasswordField.plainTextPasswd.setsAsHash(sha512))
        #expect(PasswordField.chpasswdList.setsAsHash(sha512))
        #expect(!PasswordField.chpasswdList.setsAsHash(yescrypt))
        #expect(PasswordField.topLevel.asksForRandomPassword("RANDOM"))
        #expect(!PasswordField.chpasswdHash.asksForRandomPassword("R"))
        #expect(PasswordField.userFields.map(\.key) == ["passwd", "hashed_passwd", "plain_text_passwd"])
        #expect(PasswordField.allCases.filter(\.isUserField) == PasswordField.userFields.map(\.field))
    }

    /// cloud-init's own test for chpasswd.list hashes, run by Python's `re`.
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasPyYAML)))
    func chpasswdListPatternMatchesPython() throws {
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
        try #require(expected.count == values.count, "one answer per value")
        for (value, python) in zip(values, expected) {
            #expect(PasswordHash.isRecognizedByChpasswdList(value) == python, "\(value.debugDescription)")
        }
    }
}
