import Testing

@testable import CloudConfig

/// `UserAccount`: the groups cloud-init creates for an account, and its name lists.
@Suite struct UserAccountTests {
    @Test func createdGroupsFollowCloudInit() {
        #expect(UserAccount(name: "ops", groups: ["sudo", "adm"]).createdGroups == ["sudo", "adm", "ops"])
        #expect(UserAccount(name: "ops", primaryGroup: "staff").createdGroups == ["staff", "ops"])
        #expect(UserAccount(name: "ops", groups: ["sudo"], createGroups: false).createdGroups == ["ops"])
        #expect(UserAccount(name: "ops", groups: ["sudo"], noUserGroup: true).createdGroups == ["sudo"])
        #expect(UserAccount.defaultUser.createdGroups.isEmpty)
        #expect(UserAccount.defaultUser.isDefaultUser)
    }

    @Test func passwordsAreLockedByDefault() {
        var account = UserAccount(name: "ops")
        #expect(account.lockPassword)
        account.passwords[.hashedPasswd] = Password("$6$salt$hash")
        #expect(account.passwords[.hashedPasswd]?.isUsable == true)
    }

    @Test func commaSeparatedNames() {
        #expect(UserAccount.names(inCommaSeparated: " ops, deploy ,,\tci ") == ["ops", "deploy", "ci"])
        #expect(UserAccount.names(inCommaSeparated: "").isEmpty)
    }

    /// What the linter reads from a document: the values, not just the names.
    @Test func readFromADocument() {
        let text = """
            #cloud-config
            users:
              - default
              - name: app
                groups: [web]
                lock_passwd: false
                hashed_passwd: $6$salt$hash
                no-user-group: true
            """
        let context = Linter().makeContext(SourceFile(path: "u", text: text))
        let accounts = DocumentAccounts(context)
        let app = accounts.entries.map(\.account).first { $0.name == "app" }
        #expect(app?.groups == ["web"])
        #expect(app?.lockPassword == false)
        #expect(app?.noUserGroup == true)
        #expect(app?.passwords[.hashedPasswd] == Password("$6$salt$hash"))
        #expect(accounts.groupNames == ["web"])
    }
}
