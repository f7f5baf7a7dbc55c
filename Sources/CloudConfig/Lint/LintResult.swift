/// The findings for one input.
public struct LintResult: Sendable {
    /// The path as given (`<stdin>` for standard input).
    public let path: String
    /// What kind of user-data the input is (``UserDataKind/unknown`` for other kinds of input).
    public let kind: UserDataKind
    /// What the input was linted as: user-data, waagent.conf or system configuration.
    public let inputKind: InputKind
    /// The findings, sorted by position and rule.
    public private(set) var diagnostics: [Diagnostic]
    /// Whether the input could not be parsed at all (a YAML syntax error, an invalid encoding, a
    /// forbidden character, too large or too deeply nested), whatever the configuration and the
    /// suppressions did to the findings that say so: `cloudcfg lint` exits 65 for such input.
    public let isUnparsable: Bool
    /// The input the findings are about, for reporters that show the source (annotated snippets)
    /// or convert columns (UTF-16 for editors); `nil` for an input that could not be read.
    public let source: SourceFile?

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - path: The path.
    ///   - kind: What the input was linted as.
    ///   - diagnostics: The findings.
    ///   - isUnparsable: Whether the input could not be parsed at all.
    ///   - inputKind: What the input was linted as.
    ///   - source: The input, if it was read.
    public init(
        path: String, kind: UserDataKind, diagnostics: [Diagnostic], isUnparsable: Bool = false,
        inputKind: InputKind = .userData, source: SourceFile? = nil
    ) {
        self.path = path
        self.kind = kind
        self.inputKind = inputKind
        self.diagnostics = diagnostics.sorted()
        self.isUnparsable = isUnparsable
        self.source = source
    }

    /// The same result with only the findings that pass a test, for example without notes.
    ///
    /// - Parameter isIncluded: Whether to keep a finding.
    /// - Returns: The result with the other findings removed.
    public func filter(_ isIncluded: (Diagnostic) -> Bool) -> LintResult {
        var result = self
        result.diagnostics = diagnostics.filter(isIncluded)
        return result
    }

    /// The kind as the Lint JSON contract names it: the user-data kind (`cloud-config`, `mime`,
    /// ...) for user-data, otherwise `waagent` or `system-config`.
    public var kindName: String { inputKind == .userData ? kind.rawValue : inputKind.rawValue }
}

/// Counts of findings by severity.
public struct LintSummary: Sendable, Hashable {
    /// Findings of error severity.
    public var errors = 0
    /// Findings of warning severity.
    public var warnings = 0
    /// Findings of note severity.
    public var notes = 0

    /// Counts the findings of several results.
    ///
    /// - Parameter results: The results.
    public init(_ results: [LintResult]) {
        for diagnostic in results.flatMap(\.diagnostics) {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .note: notes += 1
            }
        }
    }

    /// Whether the run fails: any error, or under `strict` any warning.
    ///
    /// - Parameter strict: Whether warnings fail the run.
    /// - Returns: `true` when the run should exit 1.
    public func fails(strict: Bool) -> Bool { errors > 0 || (strict && warnings > 0) }
}
