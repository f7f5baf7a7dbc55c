/// How serious a finding is, ordered `note < warning < error`.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// Information worth knowing; never fails a run.
    case note
    /// Probably a mistake; fails a run only under `--strict`.
    case warning
    /// Certainly wrong, or cloud-init would reject or misread it.
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    /// Whether the left value sorts before the right one.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
