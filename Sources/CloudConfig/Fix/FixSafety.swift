/// Whether `cloudcfg lint --fix` applies a rule's fix-its, and why: the decision each rule
/// documents (``RuleDescription/fixSafety``) and `cloudcfg explain RULE` shows.
///
/// A fix-it is safe (``FixIt/isSafe``) when it cannot change what the configuration means at boot
/// beyond what its finding says is wrong: it only changes how a value is spelt (`yes` → `true`,
/// the unquoted `0644` quoted, a deprecated key renamed to its replacement of the same meaning),
/// keeps the text as typed where YAML 1.1 misreads it (quoting), or repairs a header. A fix-it
/// that picks one of several readings or guesses what was meant (a did-you-mean rename, a sudo
/// rule, how far a tab indents) is a suggestion: it is shown, never applied by `--fix`.
public struct FixSafety: Sendable, Hashable {
    /// Which of a rule's fix-its `--fix` applies.
    public enum Verdict: String, Sendable, Hashable {
        /// Every fix-it: each one is safe.
        case safe
        /// None: each one is a suggestion to review.
        case suggestion
        /// Some, as each fix-it's ``FixIt/isSafe`` says; the reason says which.
        case perFix = "per-fix"
    }

    /// Which fix-its `--fix` applies.
    public let verdict: Verdict
    /// Why, in one lower-case sentence without a final period.
    public let reason: String

    /// Every fix-it of the rule is safe and applied by `--fix`.
    ///
    /// - Parameter reason: Why the fixes cannot change what the configuration means at boot
    ///   beyond what the finding says.
    /// - Returns: The decision.
    public static func safe(_ reason: String) -> FixSafety { FixSafety(verdict: .safe, reason: reason) }

    /// Every fix-it of the rule is a suggestion, never applied by `--fix`.
    ///
    /// - Parameter reason: What the fix guesses or changes that a person should decide.
    /// - Returns: The decision.
    public static func suggestion(_ reason: String) -> FixSafety { FixSafety(verdict: .suggestion, reason: reason) }

    /// Some fix-its of the rule are safe and applied by `--fix`, the others are suggestions.
    ///
    /// - Parameter reason: Which fixes are applied and why.
    /// - Returns: The decision.
    public static func perFix(_ reason: String) -> FixSafety { FixSafety(verdict: .perFix, reason: reason) }

    /// Whether a fix-it's own ``FixIt/isSafe`` agrees with the decision.
    ///
    /// - Parameter fixIt: A fix-it of the rule.
    /// - Returns: `false` when a rule whose fixes are all safe offers one that is not, or the
    ///   other way round.
    public func admits(_ fixIt: FixIt) -> Bool {
        switch verdict {
        case .safe: fixIt.isSafe
        case .suggestion: !fixIt.isSafe
        case .perFix: true
        }
    }

    /// Fix-its made by a layer that knows no rules (the envelope and Jinja layers), marked as the
    /// rule that reports them decides: all safe, all suggestions, or as they come for per-fix.
    ///
    /// - Parameter fixIts: The layer's fix-its.
    /// - Returns: The fix-its, marked.
    func marking(_ fixIts: [FixIt]) -> [FixIt] {
        guard verdict != .perFix else { return fixIts }
        return fixIts.map { fixIt in
            var marked = fixIt
            marked.isSafe = verdict == .safe
            return marked
        }
    }

    /// The decision as `cloudcfg explain` prints it, one paragraph.
    public var summary: String {
        switch verdict {
        case .safe: "applied by `cloudcfg lint --fix`: \(reason)"
        case .suggestion: "a suggestion, which `cloudcfg lint --fix` does not apply: \(reason)"
        case .perFix: "applied by `cloudcfg lint --fix` only in some cases: \(reason)"
        }
    }
}
