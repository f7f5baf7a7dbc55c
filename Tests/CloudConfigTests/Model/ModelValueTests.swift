import Testing

@testable import CloudConfig

/// The model's values refuse at construction what no consumer would take, saying why.
@Suite struct ModelValueTests {
    @Test(arguments: ["web-01", "a", "WEB01", String(repeating: "a", count: 63), "x1-2-3"])
    func validHostNames(_ name: String) throws {
        #expect(try HostIdentity(hostname: name).hostname == name)
    }

    @Test(arguments: [
        ("web_01", "letters, digits and hyphens"), ("-web", "start or end with a hyphen"),
        ("web-", "start or end with a hyphen"), ("", "cannot be empty"), ("12345", "all digits"),
        (String(repeating: "a", count: 64), "at most 63 characters"),
        ("web.example.net", "letters, digits and hyphens"),
        ("wéb", "letters, digits and hyphens"),
    ])
    func invalidHostNames(_ name: String, _ reason: String) {
        let problem = #expect(throws: PlanProblem.self) { try HostIdentity(hostname: name) }
        #expect(problem?.code == .invalidHostname)
        #expect(problem?.field.description == "hostname")
        #expect(problem?.message.contains(reason) == true, "\(problem?.message ?? "")")
    }

    @Test func theDomainNameStartsWithTheHostName() throws {
        #expect(try HostIdentity(hostname: "web-01", fqdn: "web-01.example.net").fqdn == "web-01.example.net")
        #expect(try HostIdentity(hostname: "WEB-01", fqdn: "web-01.example.net").fqdn != nil)
        let mismatch = #expect(throws: PlanProblem.self) { try HostIdentity(hostname: "api", fqdn: "web.example.net") }
        #expect(mismatch?.code == .hostnameMismatch)
        for fqdn in [
            "web", "web..example.net", "web.exa_mple.net", "web." + String(repeating: "a.", count: 130) + "net",
        ] {
            let problem = #expect(throws: PlanProblem.self) { try HostIdentity(hostname: "web", fqdn: fqdn) }
            #expect(problem?.code == .invalidFQDN, "\(fqdn)")
            #expect(problem?.field.description == "fqdn")
        }
    }

    @Test func sshKeysOfEachKindAreRead() throws {
        let ed25519 = try SSHPublicKey(TestKeys.ed25519)
        #expect(ed25519.type == "ssh-ed25519")
        #expect(ed25519.comment == "ops@example.net")
        #expect(ed25519.description == TestKeys.ed25519)
        #expect(try SSHPublicKey(TestKeys.rsa3072).type == "ssh-rsa")
        #expect(try SSHPublicKey(TestKeys.ecdsa).type == "ecdsa-sha2-nistp256")
        #expect(try SSHPublicKey("  " + TestKeys.ed25519 + "  ").comment == "ops@example.net")
        let bare = try SSHPublicKey(TestKeys.ed25519.split(separator: " ").prefix(2).joined(separator: " "))
        #expect(bare.comment == nil)
    }

    @Test func malformedSSHKeysSayWhatIsWrong() {
        let parts = TestKeys.ed25519.split(separator: " ").map(String.init)
        let rsaData = TestKeys.rsa3072.split(separator: " ")[1]
        let cases: [(String, String)] = [
            ("", "cannot be empty"),
            ("ssh-dss AAAAB3NzaC1kc3M=", "DSA keys"),
            ("ssh-ed25519", "no base64 key data"),
            ("ssh-ed25519 not*base64", "not base64"),
            ("ssh-ed25519 \(rsaData)", "does not hold a ssh-ed25519 key"),
            ("ssh-ed25519 \(parts[1].dropLast(8))AAAAAA==", "does not hold a 32-byte key"),
            (TestKeys.rsa1024, "1024 bits; Azure requires at least 2048"),
            ("no-pty " + TestKeys.ed25519, "authorized_keys options"),
            ("ssh-ed25519 \(parts[1])\n", "line break"),
            ("pgp-key AAAA", "not an SSH key type"),
        ]
        for (text, reason) in cases {
            let problem = #expect(throws: PlanProblem.self) { try SSHPublicKey(text) }
            #expect(problem?.code == .invalidSSHKey)
            #expect(problem?.message.contains(reason) == true, "\(text.prefix(30)): \(problem?.message ?? "")")
        }
    }

    @Test func azureRefusesReservedAdminNames() {
        for name in ["root", "admin", "administrator", "support_388945a0", "user5"] {
            let error = #expect(throws: PlanError.self) { try AdminAccount(name: name) }
            #expect(error?.problems.map(\.code) == [.reservedUserName], "\(name)")
            #expect(error?.problems.first?.field.description == "admin.name")
        }
        for name in ["Ops", "9ops", "ops user", "ops:x", String(repeating: "o", count: 33), ""] {
            let error = #expect(throws: PlanError.self) { try AdminAccount(name: name) }
            #expect(error?.problems.map(\.code) == [.invalidUserName], "\(name)")
        }
    }

    @Test func adminPasswordsFollowAzuresRules() throws {
        #expect(AdminAccount.passwordProblem("Correct-Horse-1") == nil)
        #expect(AdminAccount.passwordProblem("aB3$x")?.contains("6 to 72 characters") == true)
        #expect(AdminAccount.passwordProblem(String(repeating: "aB3$", count: 19))?.contains("not 76") == true)
        #expect(AdminAccount.passwordProblem("alllowercase")?.contains("this one has 1") == true)
        #expect(AdminAccount.passwordProblem("lower-and-special")?.contains("this one has 2") == true)
        #expect(AdminAccount.passwordProblem("P@ssw0rd")?.contains("list of common ones") == true)
        // Three classes are enough: no digit needed.
        #expect(AdminAccount.passwordProblem("Lower-Upper") == nil)
        // The message never repeats the password.
        let error = #expect(throws: PlanError.self) {
            try AdminAccount(name: "azureops", password: Password("Secret"))
        }
        #expect(error?.problems.map(\.code) == [.weakPassword])
        #expect(error?.problems.first?.field.description == "admin.password")
        #expect(error.map { !"\($0)".contains("Secret") } == true)
    }

    @Test func aPlainTextAdminPasswordIsKeptOnlyAsItsHash() throws {
        let admin = try AdminAccount(name: "azureops", password: Password("Correct-Horse-1"))
        let hash = try #require(admin.passwordHash)
        #expect(hash.scheme == .sha512)
        #expect(PasswordHasher.verify("Correct-Horse-1", against: hash))
        #expect(!"\(admin)".contains("Correct-Horse-1"))
        #expect(admin.sudoRule == "ALL=(ALL) ALL")
        let keysOnly = try AdminAccount(name: "azureops", sshAuthorizedKeys: [try SSHPublicKey(TestKeys.ed25519)])
        #expect(keysOnly.passwordHash == nil)
        #expect(keysOnly.sudoRule == "ALL=(ALL) NOPASSWD:ALL")
        let given = try #require(PasswordHash("$6$salt$" + String(repeating: "a", count: 86)))
        #expect(try AdminAccount(name: "azureops", password: .hash(given)).passwordHash == given)
    }

    @Test func passwordsPrintRedacted() {
        let secret = Password("hunter2-Secret")
        #expect("\(secret)" == "<REDACTED>")
        #expect(String(reflecting: secret) == "Password.plainText(<REDACTED>)")
        #expect("\([secret])".contains("<REDACTED>") && !"\([secret])".contains("hunter2"))
        #expect("\(Password("$6$salt$hash"))" == "<REDACTED>")
        #expect("\(Password("!"))" == "<locked>")
        #expect("\(Password(""))" == "<empty>")
    }

    @Test func fileOwnersAndCommandsReadAsWritten() {
        #expect(FileOwner("www-data:www-data") == FileOwner(user: "www-data", group: "www-data"))
        #expect(FileOwner("root")?.description == "root")
        #expect(FileOwner("a:b:c") == nil)
        #expect(FileOwner(":wheel") == nil)
        #expect(ProvisioningCommand.exec(["echo", "a b", "it's"]).description == "echo 'a b' 'it'\\''s'")
        #expect(ProvisioningCommand.shell("echo $HOME > /tmp/x").description == "echo $HOME > /tmp/x")
    }
}
