/// How positions in a text linted on its own (a part's payload, a rendered template) map to the
/// text it came from: every range approximately (a decoded byte maps to the source it came
/// from), and ranges that correspond byte for byte exactly, for fix-its.
struct TextMapping {
    /// The range a range of the inner text maps to.
    let range: (SourceRange) -> SourceRange
    /// The range a range of the inner text maps to byte for byte, or `nil` when it does not.
    let exactRange: (SourceRange) -> SourceRange?

    /// The mapping of a part's payload into the file or decoded text it came from.
    ///
    /// - Parameter positions: The part's position map.
    /// - Returns: The mapping.
    static func part(_ positions: PositionMap) -> TextMapping {
        TextMapping(
            range: { positions.range($0) },
            exactRange: { range in
                guard positions.envelope.isFile,
                    let mapped = positions.exactSourceRange(
                        ofPayloadRange: range.start.offset..<max(range.start.offset, range.end.offset))
                else { return nil }
                let source = positions.text.source
                return SourceRange(
                    start: source.location(atOffset: mapped.lowerBound),
                    end: source.location(atOffset: mapped.upperBound))
            })
    }

    /// The mapping of a rendered (or opaque) template into the template.
    ///
    /// - Parameter sourceMap: The render's source map.
    /// - Returns: The mapping.
    static func template(_ sourceMap: JinjaSourceMap) -> TextMapping {
        TextMapping(
            range: { sourceMap.templateRange(for: $0) },
            exactRange: { range in
                sourceMap.exactTemplateRange(
                    forOutputRange: range.start.offset..<max(range.start.offset, range.end.offset))
            })
    }
}

extension Diagnostic {
    /// The diagnostic with its range and its notes' ranges mapped, and only the fix-its whose
    /// every edit maps byte for byte.
    ///
    /// - Parameter mapping: How positions map.
    /// - Returns: The mapped diagnostic.
    func mapped(_ mapping: TextMapping) -> Diagnostic {
        var diagnostic = self
        diagnostic.range = mapping.range(range)
        diagnostic.notes = notes.map { note in
            var note = note
            note.range = note.range.map(mapping.range)
            return note
        }
        diagnostic.fixIts = fixIts.compactMap { fixIt in
            var edits: [TextEdit] = []
            for edit in fixIt.edits {
                guard let range = mapping.exactRange(edit.range) else { return nil }
                edits.append(TextEdit(range: range, replacement: edit.replacement))
            }
            return FixIt(message: fixIt.message, edits: edits, isSafe: fixIt.isSafe)
        }
        return diagnostic
    }
}
