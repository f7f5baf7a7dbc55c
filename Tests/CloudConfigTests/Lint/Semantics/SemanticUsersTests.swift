import Testing

@testable import CloudConfig

/// users-without-default and how `users` and `user` are read.
@Suite struct SemanticUsersTests {
    @Test(arguments: [
        ("users:\n  - name: ops\n", true), ("users: ops\n", true), ("users: [[ops, deploy]]\n", true),
        ("users:\n  ops: {shell: /bin/bash}\n", true), ("users:\n  default: false\n  ops: true\n", true),
        ("users:\n  - default\n  - name: ops\n", false), ("users: 'ops, default'\n", false),
        ("users: [[ops, default]]\n", false), ("users:\n  - name: default\n    shell: /bin/zsh\n", false),
        ("users:\n  - shell: /bin/zsh\n", false), ("users:\n  default: true\n", false),
        ("user: ops\nusers: [deploy]\n", false), ("user:\n  name: ops\nusers: [deploy]\n", false),
        ("users: []\n", false), ("users: ''\n", false), ("hostname: x\n", false),
    ])
    func defaultUser(_ body: String, flagged: Bool) {
        let findings = SemanticSupport.findings(body, rule: .usersWithoutDefault)
        #expect(findings.count == (flagged ? 1 : 0), "\(body)")
        #expect(findings.allSatisfy { $0.severity == .note && $0.keyPath == "users" })
    }

    /// The accounts read ASCII comma-separated names on their bytes; the names are cloud-init's.
    @Test(arguments: [
        "", ",", " , ", "adm", " adm ", "adm, docker", " a , b ,, c ", "\tadm,\u{1C}x\u{1F}", "a\r\n,b\r\n",
        "é, a", "a,\u{00A0}b\u{00A0}", "a\u{2003},b", "a,\u{301}b", ",,a,,", "x\u{0B}\u{0C}",
    ])
    func commaSeparatedNames(_ text: String) {
        #expect(DocumentAccounts.names(inCommaSeparated: text) == UserAccount.names(inCommaSeparated: text))
    }

    @Test func accountsAsCloudInitReadsThem() throws {
        let body = """
            user: {name: admin}
            users:
              - default
              - 'app, worker'
              - [batch]
              - name: svc
                groups: 'a, b'
              - snapuser: joe@example.com
            groups: [ops, {dev: [svc]}]

            """
        let source = SourceFile(path: "x", text: SemanticSupport.file(body))
        let context = Linter().makeContext(source)
        let accounts = DocumentAccounts(context)
        #expect(accounts.userNames == ["app", "worker", "batch", "svc", "admin"])
        #expect(accounts.groupNames == ["a", "b", "svc", "admin", "ops", "dev"])
        #expect(accounts.entries.map(\.name) == ["svc", nil, "admin"])
        #expect(accounts.keepsDefaultUser(in: context))
    }
}
