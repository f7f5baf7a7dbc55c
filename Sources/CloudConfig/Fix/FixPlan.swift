/// Which fix-its of one lint result `cloudcfg lint --fix` applies, and why each other offered fix
/// is not applied.
///
/// Each finding's first fix-it is the one it recommends (the others are alternatives); it is
/// planned when it is safe (``FixIt/isSafe``) and none of its edits touches content cloud-init
/// decodes first (``EncodedContent``). Errors are planned before warnings and notes, so that
/// when two planned fixes overlap, ``FixApplication`` keeps the more serious finding's fix and
/// the other is tried again on the fixed text.
public struct FixPlan: Sendable {
    /// A fix-it to apply, with the finding it resolves.
    public struct Fix: Sendable, Hashable {
        /// The finding.
        public let diagnostic: Diagnostic
        /// The fix-it it offers.
        public let fixIt: FixIt
    }

    /// Why an offered fix is not applied.
    public enum Reason: Sendable, Hashable, CustomStringConvertible {
        /// The fix is a suggestion: it guesses or decides something a person should review.
        case needsReview
        /// An edit falls in content cloud-init decodes first; the associated text says which
        /// (`gzip-compressed user-data`).
        case encoded(String)
        /// The edits would leave a file that no longer parses.
        case breaksParsing

        /// The reason as a message, lower-case.
        public var description: String {
            switch self {
            case .needsReview: "the fix is a suggestion to review"
            case .encoded(let what): "it is inside \(what), which cloudcfg does not rewrite"
            case .breaksParsing: "the fixed file would not parse"
            }
        }
    }

    /// An offered fix that is not applied, and why.
    public struct HeldBack: Sendable, Hashable {
        /// The finding.
        public let diagnostic: Diagnostic
        /// The fix-it it offers.
        public let fixIt: FixIt
        /// Why it is not applied.
        public let reason: Reason
    }

    /// The fix-its to apply, most serious finding first.
    public let fixes: [Fix]
    /// The offered fixes that are not applied.
    public let heldBack: [HeldBack]
    /// The findings in a text decoded from the input (``Diagnostic/envelope`` is not the file):
    /// their positions are in the decoded text, where no fix can be written back, so they offer
    /// none and stay as they are.
    public let inDecodedText: [Diagnostic]

    /// Plans the fixes of a lint result.
    ///
    /// - Parameters:
    ///   - result: The findings of one input.
    ///   - encoded: The stretches of the input that cloud-init decodes first.
    public init(_ result: LintResult, encoded: EncodedContent = .none) {
        var fixes: [Fix] = []
        var heldBack: [HeldBack] = []
        let ordered = result.diagnostics.enumerated().sorted { lhs, rhs in
            if lhs.element.severity != rhs.element.severity { return lhs.element.severity > rhs.element.severity }
            return lhs.offset < rhs.offset
        }.map(\.element)
        for diagnostic in ordered {
            guard let fixIt = diagnostic.fixIts.first, !fixIt.edits.isEmpty else { continue }
            if !fixIt.isSafe {
                heldBack.append(HeldBack(diagnostic: diagnostic, fixIt: fixIt, reason: .needsReview))
            } else if let region = fixIt.edits.lazy.compactMap(encoded.region(touching:)).first {
                heldBack.append(HeldBack(diagnostic: diagnostic, fixIt: fixIt, reason: .encoded(region.description)))
            } else {
                fixes.append(Fix(diagnostic: diagnostic, fixIt: fixIt))
            }
        }
        self.fixes = fixes
        self.heldBack = heldBack
        inDecodedText = result.diagnostics.filter { !$0.envelope.isFile }
    }
}
