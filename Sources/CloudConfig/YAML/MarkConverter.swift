/// Turns libyaml marks (0-based line and column, character index) into source locations with
/// byte offsets, walking the UTF-8 text once when it is not all ASCII.
struct MarkConverter {
    let source: SourceFile
    /// The byte offset at which libyaml's input starts (after a byte order mark).
    let base: Int
    /// Whether every byte after the byte order mark is ASCII, so an index is a byte count.
    let isASCII: Bool
    private var cursorIndex = 0
    private var cursorOffset: Int

    init(source: SourceFile) {
        self.source = source
        base = source.byteOrderMarkLength
        isASCII = source.scan.isASCIIAfterByteOrderMark
        cursorOffset = base
    }

    /// The location of a libyaml mark.
    ///
    /// At the end of a text that does not end with a line break, libyaml moves its mark to a
    /// line that does not exist; such a mark becomes the end of the last line.
    mutating func location(_ mark: YAMLMark) -> SourceLocation {
        let offset = offset(mark)
        guard mark.line < source.lineStarts.count else { return source.location(atOffset: offset) }
        return SourceLocation(line: mark.line + 1, column: mark.column + 1, offset: offset)
    }

    /// The byte offset of a libyaml mark.
    mutating func offset(_ mark: YAMLMark) -> Int {
        if isASCII { return min(base + mark.index, source.bytes.count) }
        let bytes = source.bytes
        if mark.index < cursorIndex {
            // Rare: restart from the start of the mark's line.
            if mark.line < source.lineStarts.count {
                cursorOffset = mark.line == 0 ? base : source.lineStarts[mark.line]
                cursorIndex = mark.index - mark.column
            } else {
                cursorOffset = base
                cursorIndex = 0
            }
        }
        while cursorIndex < mark.index, cursorOffset < bytes.count {
            let lead = bytes[cursorOffset]
            cursorOffset += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            cursorIndex += 1
        }
        cursorOffset = min(cursorOffset, bytes.count)
        return cursorOffset
    }
}
