/// A suggested change that resolves a finding.
public struct FixIt: Sendable, Hashable {
    /// What the change does, for example `quote the mode as '0644'`.
    public var message: String
    /// The edits, which never overlap.
    public var edits: [TextEdit]
    /// Whether the change keeps the writer's intent beyond doubt, so that a tool may apply it
    /// without review (`yes` → `y` for a waagent.conf switch); a guess, such as a did-you-mean
    /// rename, is not safe.
    public var isSafe: Bool

    /// Creates a fix-it, dropping any edit that overlaps an earlier one.
    ///
    /// - Parameters:
    ///   - message: What the change does.
    ///   - edits: The edits to apply.
    ///   - isSafe: Whether it may be applied without review; a fix-it needs review unless its
    ///     rule says otherwise.
    public init(message: String, edits: [TextEdit], isSafe: Bool = false) {
        self.message = message
        self.isSafe = isSafe
        var kept: [TextEdit] = []
        for edit in edits
        where !kept.contains(where: {
            $0.range.start.offset < edit.range.end.offset
                && edit.range.start.offset < $0.range.end.offset
        }) {
            kept.append(edit)
        }
        self.edits = kept
    }
}
