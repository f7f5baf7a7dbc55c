/// Inline suppressions written as YAML comments:
///
/// ```yaml
/// permissions: 0644  # cloudcfg: disable-line write-files-permissions - reason
/// # cloudcfg: disable-next-line unknown-key
/// x-custom: 1
/// ```
///
/// `all` names every rule. A reason may follow ` - `.
public struct Suppressions: Sendable {
    /// Rules suppressed on each 1-based line.
    private var byLine: [Int: Set<String>] = [:]
    /// Problems with the suppression comments themselves.
    public private(set) var diagnostics: [Diagnostic] = []

    /// The marker that starts a suppression comment.
    static let marker = "cloudcfg:"

    /// Reads the suppressions in a stream's comments.
    ///
    /// - Parameters:
    ///   - comments: The comments.
    ///   - knownRules: Every rule identifier and alias, to report misspelt ones.
    public init(comments: [YAMLComment], knownRules: Set<RuleID>) {
        for comment in comments {
            let text = comment.text.trimmingASCIIWhitespace()
            guard text.hasPrefix(Self.marker) else { continue }
            var body = text.dropFirst(Self.marker.count).trimmingASCIIWhitespace()
            let line = comment.range.start.line
            // The directive is a whole word: `disable-lines` or `disable-line:` is not one.
            let directive = body.prefix { $0 != " " && $0 != "\t" }
            let targetLine: Int
            if directive == "disable-next-line" {
                body = body.dropFirst(directive.count)
                targetLine = line + 1
            } else if directive == "disable-line" {
                body = body.dropFirst(directive.count)
                targetLine = line
            } else {
                diagnostics.append(
                    Diagnostic(
                        "invalid-suppression", .warning,
                        "unknown suppression; write 'cloudcfg: disable-line RULE' or "
                            + "'cloudcfg: disable-next-line RULE'", at: comment.range))
                continue
            }
            if let reason = body.firstRange(of: " - ") { body = body[..<reason.lowerBound] }
            let names = body.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map(String.init)
            if names.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        "invalid-suppression", .warning,
                        "the suppression names no rule; list rule identifiers or write 'all'", at: comment.range))
                continue
            }
            for name in names where name != "all" && !knownRules.contains(RuleID(rawValue: name)) {
                let suggestion = Suggestion.closest(to: name, among: knownRules.map(\.rawValue).sorted())
                diagnostics.append(
                    Diagnostic(
                        "invalid-suppression", .warning,
                        "'\(name)' is not a cloudcfg rule; "
                            + (suggestion.map { "did you mean '\($0)'?" } ?? "`cloudcfg rules` lists them"),
                        at: comment.range))
            }
            byLine[targetLine, default: []].formUnion(names)
        }
    }

    /// Whether a finding is suppressed: a comment names its rule (or an alias, or `all`) for the
    /// line it starts on.
    ///
    /// - Parameters:
    ///   - diagnostic: The finding.
    ///   - aliases: The rule's older identifiers.
    /// - Returns: `true` when the finding should be dropped.
    public func suppresses(_ diagnostic: Diagnostic, aliases: [RuleID] = []) -> Bool {
        guard let names = byLine[diagnostic.range.start.line] else { return false }
        return names.contains("all") || names.contains(diagnostic.ruleID.rawValue)
            || aliases.contains { names.contains($0.rawValue) }
    }
}
