import Foundation

@testable import CloudConfig

/// Where cloudcfg and a judge disagree on purpose (`Fixtures/verdicts/deliberate-differences.json`).
struct DeliberateDifferences: Decodable {
    /// An error of ours the judge does not report, with the boot-time consequence that justifies it.
    struct OursOnly: Decodable, Hashable {
        /// The file, as the judge's verdicts name it.
        var file: String
        /// Our rule.
        var rule: String
        /// Our key path, as the diagnostic carries it.
        var keyPath: String
        /// The judges (`22.4.2`, `26.2`) that accept what we report.
        var judges: [String]
        /// What happens at boot that makes it worth an error.
        var consequence: String
    }

    /// An error of a judge we do not report, with the fact that makes the judge's verdict wrong
    /// for boot (an artifact of its schema command rather than of how cloud-init reads the file).
    struct JudgeOnly: Decodable, Hashable {
        /// The file, as the judge's verdicts name it.
        var file: String
        /// The judge's error path.
        var path: String
        /// The judges that report it.
        var judges: [String]
        /// Why cloudcfg does not report it.
        var fact: String
    }

    /// Errors of ours the judges do not report.
    var oursOnly: [OursOnly]
    /// Errors of the judges we do not report.
    var judgeOnly: [JudgeOnly]

    /// The committed list.
    static func load() throws -> DeliberateDifferences {
        try JSONDecoder().decode(
            DeliberateDifferences.self, from: try Fixtures.data("verdicts/deliberate-differences.json"))
    }
}

/// The proof that cloudcfg agrees with a judge: every error the judge reports is an error of ours
/// at the same key path or below, and every error of ours is one the judge reports (at or above
/// it) or a listed deliberate difference. Every deprecation the judge reports is also one of ours.
struct JudgeComparison {
    /// The judge, `22.4.2` or `26.2`.
    let judge: String
    /// The linter under test, set for the judge's release.
    let linter: Linter
    /// The committed deliberate differences.
    let differences: DeliberateDifferences

    /// How many files were compared.
    private(set) var files = 0
    /// How many judge errors were checked (one per key an additionalProperties error names).
    private(set) var judgeErrors = 0
    /// How many errors of ours were checked.
    private(set) var ourErrors = 0
    /// How many judge deprecations were checked.
    private(set) var judgeDeprecations = 0
    /// How many errors of ours are listed deliberate differences.
    private(set) var deliberate = 0
    /// What disagrees, one line per disagreement.
    private(set) var failures: [String] = []
    /// The deliberate differences for this judge that explained something.
    private(set) var used = Set<String>()

    /// Rules whose findings answer an error cloud-init reports at a `format-lL.cC` position: the
    /// file cannot be read as cloud-config.
    static let formatRules: Set<RuleID> = [
        .yamlSyntax, .tabIndentation, .missingHeader, .malformedHeader, .byteOrderMark, .unrecognizedUserData,
        .invalidCharacter, .multipleDocuments,
    ]

    init(judge: String, target: CloudInitVersion, differences: DeliberateDifferences) {
        self.judge = judge
        self.linter = Linter(configuration: LintConfiguration(target: target))
        self.differences = differences
    }

    /// Whether a finding of ours answers a deprecation: a deprecation finding, or a finding of a
    /// rule that replaces deprecation findings at its place because it says more (`sudo-true`:
    /// the deprecated form fails at boot).
    static func reportsDeprecation(_ diagnostic: Diagnostic) -> Bool {
        let deprecations: [RuleID] = [.deprecatedKey, .deprecatedValue]
        if deprecations.contains(diagnostic.ruleID) { return true }
        let supersedes = RuleRegistry.definition(for: diagnostic.ruleID)?.supersedes ?? []
        return supersedes.contains { deprecations.contains($0) }
    }

    /// Whether an error of ours answers a judge error anchored at a path.
    static func answers(_ diagnostic: Diagnostic, _ anchor: String) -> Bool {
        guard diagnostic.severity == .error else { return false }
        if anchor.hasPrefix("format-l") { return formatRules.contains(diagnostic.ruleID) }
        if anchor.isEmpty { return true }
        guard let keyPath = diagnostic.keyPath else { return false }
        return keyPath == anchor || keyPath.hasPrefix(anchor + ".")
    }

    /// Lints a file and compares our errors with the judge's.
    ///
    /// - Parameters:
    ///   - name: The file's name in the verdicts.
    ///   - bytes: The file.
    ///   - verdict: The judge's verdict on it.
    /// - Returns: Our result, for further checks.
    @discardableResult
    mutating func compare(_ name: String, _ bytes: Data, _ verdict: JudgeVerdicts.Verdict) -> LintResult {
        let result = linter.lint(SourceFile(path: name, bytes: Array(bytes)))
        let errors = result.diagnostics.filter { $0.severity == .error }
        files += 1
        let anchors = verdict.errors.flatMap(\.anchors)
        for error in verdict.errors {
            for anchor in error.anchors {
                judgeErrors += 1
                if errors.contains(where: { Self.answers($0, anchor) }) { continue }
                if let excuse = differences.judgeOnly.first(where: {
                    $0.file == name && $0.path == error.path && $0.judges.contains(judge)
                }) {
                    used.insert("judgeOnly \(excuse.file) \(excuse.path)")
                    continue
                }
                failures.append(
                    "\(name): cloud-init \(judge) reports '\(error)' (at \(anchor.isEmpty ? "<root>" : anchor)) but "
                        + "cloudcfg has no error there; ours: "
                        + "\(result.diagnostics.map { "\($0.severity) \($0.keyPath ?? "-") \($0.ruleID)" })")
            }
        }
        for deprecation in verdict.deprecations {
            judgeDeprecations += 1
            let found = result.diagnostics.contains { diagnostic in
                guard Self.reportsDeprecation(diagnostic), let keyPath = diagnostic.keyPath else { return false }
                return keyPath == deprecation.path || keyPath.hasPrefix(deprecation.path + ".")
            }
            if !found {
                failures.append(
                    "\(name): cloud-init \(judge) reports the deprecation '\(deprecation)' but cloudcfg does not")
            }
        }
        for error in errors {
            ourErrors += 1
            if anchors.contains(where: { Self.answers(error, $0) }) { continue }
            if let listed = differences.oursOnly.first(where: {
                $0.file == name && $0.rule == error.ruleID.rawValue && $0.keyPath == (error.keyPath ?? "")
                    && $0.judges.contains(judge)
            }) {
                deliberate += 1
                used.insert("oursOnly \(listed.file) \(listed.rule) \(listed.keyPath)")
                continue
            }
            failures.append(
                "\(name): cloudcfg reports \(error.ruleID) at \(error.keyPath ?? "-") (\(error.message)), which "
                    + "cloud-init \(judge) accepts (\(verdict.outcome), errors \(verdict.errors)); fix it or list "
                    + "it in deliberate-differences.json with its consequence at boot")
        }
        return result
    }

    /// The deliberate differences listed for this judge that explained nothing.
    var unused: [String] {
        let ours = differences.oursOnly.filter { $0.judges.contains(judge) }
            .map { "oursOnly \($0.file) \($0.rule) \($0.keyPath)" }
        let theirs = differences.judgeOnly.filter { $0.judges.contains(judge) }
            .map { "judgeOnly \($0.file) \($0.path)" }
        return (ours + theirs).filter { !used.contains($0) }.sorted()
    }
}
