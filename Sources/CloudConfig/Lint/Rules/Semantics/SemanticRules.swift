/// The rules that check what cloud-init does with values, beyond their shape.
enum SemanticRules {
    /// All semantic rules.
    static let all: [any LintRule] = [
        WriteFilesPermissionsRule(), WriteFilesWorldWritableRule(), WriteFilesEncodingRule(),
        WriteFilesOwnerNotDeferredRule(), PasswordNotHashedRule(), PasswordHashAsTextRule(), PlaintextPasswordRule(),
        LockedPasswordRule(), SSHPasswordAuthWithoutPasswordRule(), UsersWithoutDefaultRule(), CommandItemRule(),
        NetworkConfigInUserDataRule(), JinjaWithoutHeaderRule(), SudoTrueRule(), NTPServerPortRule(),
    ]
}
