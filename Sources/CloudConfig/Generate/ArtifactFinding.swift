/// A problem our own checks find in an artifact before it is written: the artifact, where, how
/// serious, what, and the lint rule or finding code that found it.
public struct ArtifactFinding: Sendable, Hashable, CustomStringConvertible {
    /// The artifact's path under the output directory (`user-data`, `waagent.conf`).
    public var artifact: String
    /// How serious it is: an error or a warning keeps the artifact from being written.
    public var severity: Severity
    /// What is wrong, lower-case, without a final period.
    public var message: String
    /// Where in the artifact, if the check knows.
    public var location: SourceLocation?
    /// The rule identifier or finding code (`unknown-key`, `switch-value`, `budget`).
    public var code: String

    /// The code of a finding about a script's shape (its shebang, `set -euo pipefail`).
    public static let scriptShape = "script-shape"
    /// The code of a finding about an Ignition config that is not one of a supported version.
    public static let ignitionShape = "ignition-shape"
    /// The code of a finding about the size of first-boot data against a platform budget.
    public static let budget = "budget"
    /// The code of a finding about an artifact that could not be rendered at all.
    public static let render = "render"

    /// Creates a finding.
    ///
    /// - Parameters:
    ///   - artifact: The artifact's path.
    ///   - severity: How serious it is.
    ///   - message: What is wrong.
    ///   - location: Where.
    ///   - code: The rule or code.
    public init(artifact: String, severity: Severity, message: String, location: SourceLocation?, code: String) {
        self.artifact = artifact
        self.severity = severity
        self.message = message
        self.location = location
        self.code = code
    }

    /// Whether the finding keeps the artifact from being written: an error or a warning.
    public var isBlocking: Bool { severity >= .warning }

    /// `artifact:line:column: severity: message [code]`, the form compilers print.
    public var description: String {
        let place = location.map { ":\($0.line):\($0.column)" } ?? ""
        return "\(artifact)\(place): \(severity.rawValue): \(message) [\(code)]"
    }
}
