/// A suggested change that resolves a finding.
public struct FixIt: Sendable, Hashable {
    /// What the change does, for example `quote the mode as '0644'`.
    public var message: String
    /// The edits, which never overlap.
    public var edits: [TextEdit]

    /// Creates a fix-it, dropping any edit that overlaps an earlier one.
    ///
    /// - Parameters:
    ///   - message: What the change does.
    ///   - edits: The edits to apply.
    public init(message: String, edits: [TextEdit]) {
        self.message = message
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
