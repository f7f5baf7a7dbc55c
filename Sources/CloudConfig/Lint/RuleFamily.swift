/// The groups rules are listed in.
public enum RuleFamily: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Reading the bytes as YAML the way cloud-init's loader does.
    case yaml
    /// The first line that tells cloud-init what the user-data is.
    case header
    /// The shape of the configuration against the key catalog.
    case schema
    /// What cloud-init does with the values, beyond their shape.
    case semantics
    /// How the run is set up: configuration files, suppression comments, and the inputs named on
    /// the command line (missing or unreadable ones).
    case configuration
    /// Generation profiles: their keys, values and variables, and what each distribution they
    /// name can have.
    case profile

    /// Orders families as `cloudcfg rules` lists them.
    public static func < (lhs: RuleFamily, rhs: RuleFamily) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
