/// The rules of generation profiles, which ``ProfileReader`` applies while it reads a profile and
/// resolves it for each distribution; listed by `cloudcfg rules` after the lint rules.
package enum ProfileRules {
    /// Every profile rule, in listing order.
    package static let all: [any Rule] = [
        ProfileUnknownKeyRule(), ProfileDuplicateKeyRule(), ProfileTypeMismatchRule(), ProfileMissingKeyRule(),
        ProfileInvalidValueRule(), ProfileUndefinedVariableRule(), ProfileUnsupportedRule(),
    ]
}
