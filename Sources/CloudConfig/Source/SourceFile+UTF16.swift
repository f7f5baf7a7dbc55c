extension SourceFile {
    /// A position as the Language Server Protocol counts it by default: a 0-based line and a
    /// 0-based character offset in UTF-16 code units, so that a scalar outside the Basic
    /// Multilingual Plane (an emoji, a rare CJK ideograph) counts 2.
    ///
    /// A leading byte order mark is not counted, as editors do not show it. A line past the end
    /// is clamped to the last line, and a column past the end of its line to the line's length,
    /// as the protocol asks.
    ///
    /// - Parameters:
    ///   - line: A 1-based line.
    ///   - column: A 1-based column in Unicode scalars.
    /// - Returns: The 0-based line and UTF-16 offset.
    public func utf16Position(line: Int, column: Int) -> (line: Int, character: Int) {
        let lineIndex = max(0, min(line - 1, lineStarts.count - 1))
        var offset = lineIndex == 0 ? contentStart : lineStarts[lineIndex]
        let end = contentEnd(ofLine: lineIndex + 1)
        var remaining = max(0, column - 1)
        var units = 0
        while remaining > 0, offset < end {
            units += bytes[offset] >= 0xF0 ? 2 : 1
            offset += 1
            while offset < end, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return (lineIndex, units)
    }
}
