/// The outcome of applying fix-its to a source file: the new text, and which fix-its went in.
///
/// Fix-its are applied whole or not at all: a fix-it whose edits overlap an edit of a fix-it
/// applied before it is skipped, so that half a fix never reaches the file. Apply the skipped
/// ones by linting the result again and applying its fix-its.
public struct FixApplication: Sendable {
    /// The file with the applied fix-its' edits, under the original path.
    public let source: SourceFile
    /// The fix-its whose edits were applied, in the order they were given.
    public let applied: [FixIt]
    /// The fix-its left out because they overlap an applied one, in the order they were given.
    public let skipped: [FixIt]

    /// Whether the file changed.
    public var changed: Bool { applied.contains { !$0.edits.isEmpty } }

    /// Applies fix-its to a file, in order, each whole or not at all.
    ///
    /// Two edits conflict when their ranges overlap, when one inserts strictly inside the other's
    /// range, or when both insert at the same offset (their order would be a guess). Adjacent
    /// edits do not conflict.
    ///
    /// - Parameters:
    ///   - fixIts: The fix-its, most important first (as diagnostics are sorted).
    ///   - source: The file they were computed for.
    public init(_ fixIts: [FixIt], to source: SourceFile) {
        var accepted: [TextEdit] = []
        var applied: [FixIt] = []
        var skipped: [FixIt] = []
        for fixIt in fixIts {
            let edits = fixIt.edits
            let fits = edits.allSatisfy { edit in
                0 <= edit.range.start.offset && edit.range.start.offset <= edit.range.end.offset
                    && edit.range.end.offset <= source.bytes.count
                    && !accepted.contains { Self.conflict($0, edit) }
            }
            if fits {
                accepted += edits
                applied.append(fixIt)
            } else {
                skipped.append(fixIt)
            }
        }
        self.source = SourceFile(path: source.path, bytes: Self.apply(accepted, to: source.bytes))
        self.applied = applied
        self.skipped = skipped
    }

    /// Whether two edits cannot both be applied unambiguously.
    static func conflict(_ a: TextEdit, _ b: TextEdit) -> Bool {
        let (aStart, aEnd) = (a.range.start.offset, a.range.end.offset)
        let (bStart, bEnd) = (b.range.start.offset, b.range.end.offset)
        if aStart == aEnd && bStart == bEnd { return aStart == bStart }
        if aStart == aEnd { return bStart < aStart && aStart < bEnd }
        if bStart == bEnd { return aStart < bStart && bStart < aEnd }
        return aStart < bEnd && bStart < aEnd
    }

    /// The bytes with non-conflicting edits applied; an insertion at the start of a replaced
    /// range goes before the replacement.
    static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> [UInt8] {
        let ordered = edits.enumerated().sorted { lhs, rhs in
            let (l, r) = (lhs.element.range, rhs.element.range)
            if l.start.offset != r.start.offset { return l.start.offset < r.start.offset }
            if l.isEmpty != r.isEmpty { return l.isEmpty }
            return lhs.offset < rhs.offset
        }.map(\.element)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        for edit in ordered {
            result += bytes[position..<edit.range.start.offset]
            result += Array(edit.replacement.utf8)
            position = edit.range.end.offset
        }
        result += bytes[position...]
        return result
    }
}
