/// Inline suppressions written as YAML comments:
///
/// ```yaml
/// permissions: 0644  # cloudcfg: disable-line write-files-permissions - reason
/// # cloudcfg: disable-next-line unknown-key
/// x-custom: 1
/// ```
///
/// `all` names every rule. A reason may follow ` - `.
struct Suppressions: Sendable {
    /// A suppression comment that cannot be applied, as `invalid-suppression` reports it.
    struct Problem: Sendable, Hashable {
        /// What is wrong with a suppression comment.
        enum Kind: Sendable, Hashable {
            /// The comment starts with the marker but is neither `disable-line` nor `disable-next-line`.
            case unknownDirective
            /// The directive names no rule.
            case noRule
            /// A name that is no rule's identifier or alias, with the closest one.
            case unknownRule(String, suggestion: String?)
            /// `disable-line` in a file where a comment cannot share a line with a setting
            /// (waagent.conf, where a `#` after a value is cut from it).
            case sameLineNotSupported
        }

        /// What is wrong.
        let kind: Kind
        /// The comment.
        let range: SourceRange
    }

    /// Rules suppressed on each 1-based line.
    private var byLine: [Int: Set<String>] = [:]
    /// Problems with the suppression comments themselves.
    private(set) var problems: [Problem] = []

    /// The marker that starts a suppression comment.
    static let marker = "cloudcfg:"

    /// Whether a comment's UTF-8 contains the marker's anywhere.
    private static func containsMarker(_ text: String) -> Bool {
        let marker = Array(Self.marker.utf8)
        let bytes = Array(text.utf8)
        guard bytes.count >= marker.count else { return false }
        for start in 0...(bytes.count - marker.count) where bytes[start] == marker[0] {
            if bytes[start..<(start + marker.count)].elementsEqual(marker) { return true }
        }
        return false
    }

    /// Reads the suppressions in a stream's comments.
    ///
    /// - Parameters:
    ///   - comments: The comments.
    ///   - knownRules: Every rule identifier and alias, to report misspelt ones.
    ///   - allowsSameLine: Whether `disable-line` can work: not in waagent.conf, whose comments
    ///     are whole lines starting in column 1.
    init(comments: [YAMLComment], knownRules: Set<RuleID>, allowsSameLine: Bool = true) {
        for comment in comments {
            // A comment without the marker's bytes (almost every comment) cannot start with it.
            guard Self.containsMarker(comment.text) else { continue }
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
                guard allowsSameLine else {
                    problems.append(Problem(kind: .sameLineNotSupported, range: comment.range))
                    continue
                }
                body = body.dropFirst(directive.count)
                targetLine = line
            } else {
                problems.append(Problem(kind: .unknownDirective, range: comment.range))
                continue
            }
            if let reason = body.firstRange(of: " - ") { body = body[..<reason.lowerBound] }
            let names = body.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map(String.init)
            if names.isEmpty {
                problems.append(Problem(kind: .noRule, range: comment.range))
                continue
            }
            for name in names
            where name != "all" && !knownRules.contains(RuleID(rawValue: name))
                && !(RuleID(rawValue: name).parent.map(knownRules.contains) ?? false)
            {
                let suggestion = Suggestion.closest(to: name, among: knownRules.map(\.rawValue).sorted())
                problems.append(Problem(kind: .unknownRule(name, suggestion: suggestion), range: comment.range))
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
    func suppresses(_ diagnostic: Diagnostic, aliases: [RuleID] = []) -> Bool {
        guard let names = byLine[diagnostic.range.start.line] else { return false }
        return names.contains("all") || names.contains(diagnostic.ruleID.rawValue)
            || aliases.contains { names.contains($0.rawValue) }
    }
}

extension LintContext {
    /// The suppression comments of the input, read once for the linter, which applies them, and
    /// for `invalid-suppression`, which reports those it cannot apply. In waagent.conf only
    /// `# cloudcfg: disable-next-line RULE` works, as a comment line starting in column 1.
    var suppressions: Suppressions? {
        if let agent {
            return cache.value(
                { $0.suppressions }, { $0.suppressions = $1 },
                make: { () -> Suppressions in
                    let comments = agent.configuration.commentLines.map { range in
                        YAMLComment(range: range, text: String(source.text(of: range).dropFirst()), isWholeLine: true)
                    }
                    return Suppressions(comments: comments, knownRules: knownRules, allowsSameLine: false)
                })
        }
        guard let stream else { return nil }
        return cache.value(
            { $0.suppressions }, { $0.suppressions = $1 },
            make: {
                Suppressions(comments: stream.comments, knownRules: knownRules)
            })
    }
}
