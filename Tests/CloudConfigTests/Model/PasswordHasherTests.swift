import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// SHA-512 crypt through the system's libcrypt, judged by Python's `crypt` (which calls the same
/// crypt(3) as shadow does when it checks a login).
@Suite struct PasswordHasherTests {
    static let passwords = ["Correct-Horse-1", "pässwörd-Ü1", "with space and 'quotes'", "$6$looks$like-a-hash", "x"]

    @Test func hashesAreSHA512CryptWithAFreshSalt() throws {
        let first = try PasswordHasher.sha512("Correct-Horse-1")
        let second = try PasswordHasher.sha512("Correct-Horse-1")
        #expect(first.scheme == .sha512)
        #expect(first.text != second.text, "every hash has its own salt")
        let fields = first.text.split(separator: "$", omittingEmptySubsequences: false)
        #expect(fields.count == 4)
        #expect(fields[1] == "6")
        #expect(fields[2].count == 16)
        #expect(fields[3].count == 86)
        #expect(PasswordHasher.verify("Correct-Horse-1", against: first))
        #expect(!PasswordHasher.verify("correct-horse-1", against: first))
    }

    @Test func aKnownSettingGivesTheKnownHash() throws {
        // The same setting and password always give the same hash (this one from `mkpasswd -m sha-512 -S`).
        let hash = try PasswordHasher.hash("Example-0nly!", setting: "$6$cloudcfgexample$")
        #expect(
            hash.text
                == "$6$cloudcfgexample$Yt7Lbrr4gMkNmfVLjAdasRbi4E3GbVDeDP0HfhivbsgPNkwR.Mh7qxRHCMNeSLLtADKSfM.7mE6i7kLXzblqy."
        )
    }

    @Test func refusesWhatCryptCannotTake() {
        #expect(throws: PasswordHasher.Error.self) { try PasswordHasher.sha512("nul\u{0}byte") }
        #expect(throws: PasswordHasher.Error.self) { try PasswordHasher.hash("x", setting: "$9$nonsense$") }
    }

    /// Python's `crypt.crypt(password, hash) == hash`, the check `/etc/shadow` gets at login.
    @Test(.enabled(if: DebianPython.shouldRun(DebianPython.hasModule("crypt"))))
    func pythonsCryptVerifiesEveryHash() throws {
        var request: [[String: String]] = []
        for password in Self.passwords {
            request.append(["password": password, "hash": try PasswordHasher.sha512(password).text])
        }
        let script = """
            import json, sys, warnings
            warnings.simplefilter("ignore")
            import crypt
            print(json.dumps([crypt.crypt(item["password"], item["hash"]) == item["hash"] for item in json.load(sys.stdin)]))
            """
        let output = try Subprocess.run(
            DebianPython.path, ["-c", script], input: try JSONSerialization.data(withJSONObject: request))
        #expect(output.status == 0, "\(output.stderrText)")
        let answers = try JSONSerialization.jsonObject(with: output.stdout) as? [Bool]
        #expect(answers == Array(repeating: true, count: Self.passwords.count))
    }
}
