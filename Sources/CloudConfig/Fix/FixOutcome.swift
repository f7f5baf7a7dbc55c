/// What fixing one input did: the fixed text, the fixes applied round by round, and the
/// offered fixes left as they were, with the reason.
public struct FixOutcome: Sendable {
    /// A fix that went in.
    public struct Applied: Sendable, Hashable {
        /// The finding it resolved, in the coordinates of the text of its round.
        public let diagnostic: Diagnostic
        /// The fix-it.
        public let fixIt: FixIt
        /// The round it was applied in, from 1.
        public let round: Int
    }

    /// The input as it was.
    public let original: SourceFile
    /// The input with the fixes applied, under the same path; the original when nothing applied.
    public let fixed: SourceFile
    /// The findings of the fixed text.
    public let result: LintResult
    /// The fixes applied, round by round.
    public let applied: [Applied]
    /// The fixes the fixed text still offers that are not applied, with the reason, and those
    /// whose round was undone because its result did not parse.
    public let heldBack: [FixPlan.HeldBack]
    /// The findings of the fixed text that are in a text decoded from it (a base64 or gzip
    /// layer, a base64 MIME part), which `--fix` does not rewrite.
    public let inDecodedText: [Diagnostic]
    /// The stretches of the input cloud-init decodes first, where nothing is fixed.
    public let encoded: EncodedContent
    /// How many rounds of linting and fixing ran.
    public let rounds: Int
    /// Whether fixing stopped because no safe fix was left (rather than at the round limit or on
    /// a text seen before): a second run then changes nothing.
    public let isComplete: Bool

    /// Whether the fixed text differs from the input.
    public var changed: Bool { fixed.bytes != original.bytes }
}
