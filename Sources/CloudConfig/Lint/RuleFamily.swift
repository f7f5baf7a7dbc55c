/// The groups rules are listed in.
public enum RuleFamily: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Reading the bytes as YAML the way cloud-init's loader does.
    case yaml
    /// The first line that tells cloud-init what the user-data is.
    case header
    /// How the user-data is packed: MIME, base64, gzip, archives, includes, merge headers and the
    /// platform's size limits.
    case envelope
    /// The shape of the configuration against the key catalog.
    case schema
    /// What cloud-init does with the values, beyond their shape.
    case semantics
    /// Jinja templates as cloud-init renders them.
    case jinja
    /// Scripts, boothooks and the commands of `runcmd` and `bootcmd`.
    case script
    /// How the run is set up: configuration files, suppression comments, and the inputs named on
    /// the command line (missing or unreadable ones).
    case configuration

    /// Orders families as `cloudcfg rules` lists them.
    public static func < (lhs: RuleFamily, rhs: RuleFamily) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
