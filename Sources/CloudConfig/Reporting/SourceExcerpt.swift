/// The part of one line of a source file that a snippet shows, laid out for a terminal, with the
/// byte offset of every cell so that ranges in the file's coordinates map to display columns.
///
/// A line longer than a few windows is not laid out whole: only the bytes around the focus are,
/// so that a huge one-line input costs no more than a short one.
struct SourceExcerpt {
    /// The laid-out text.
    let display: DisplayLine
    /// The byte offset in the file of each cell, then the offset after the last one.
    let offsets: [Int]
    /// The 1-based line number.
    let lineNumber: Int

    /// Lays out the part of a line around a byte offset.
    ///
    /// - Parameters:
    ///   - source: The file.
    ///   - line: A 1-based line number; `nil` is returned when the file has no such line.
    ///   - focus: The byte offset the excerpt must show.
    ///   - maxWidth: The widest window the snippet will show.
    ///   - byteOrderMark: Whether the first line shows a leading byte order mark (as `\u{feff}`),
    ///     for a fix-it that removes it.
    init?(_ source: SourceFile, line: Int, focus: Int, maxWidth: Int, byteOrderMark: Bool = false) {
        guard line >= 1, line <= source.lineCount else { return nil }
        let lineStart = line == 1 && !byteOrderMark ? source.contentStart : source.lineStarts[line - 1]
        let lineEnd = source.contentEnd(ofLine: line)
        guard lineStart <= lineEnd else { return nil }
        let bytes = source.bytes
        var start = lineStart
        var end = lineEnd
        // Bytes per column are at most 4 (a scalar takes at least one column unless it is a mark).
        let before = 4 * maxWidth
        let after = 8 * maxWidth
        if lineEnd - lineStart > before + after {
            let focus = max(lineStart, min(focus, lineEnd))
            start = max(lineStart, focus - before)
            end = min(lineEnd, max(focus, start) + after)
            while start > lineStart, start < lineEnd, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            while end < lineEnd, bytes[end] & 0xC0 == 0x80 { end += 1 }
        }
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var index = start
        while index < end {
            var next = index + 1
            while next < end, bytes[next] & 0xC0 == 0x80 { next += 1 }
            let decoded = String(decoding: bytes[index..<next], as: UTF8.self).unicodeScalars
            scalars.append(decoded.count == 1 ? decoded[decoded.startIndex] : "\u{FFFD}")
            offsets.append(index)
            index = next
        }
        offsets.append(end)
        self.display = DisplayLine(scalars, truncatedBefore: start > lineStart, truncatedAfter: end < lineEnd)
        self.offsets = offsets
        self.lineNumber = line
    }

    /// The display column of a byte offset on the line, clamped to the excerpt.
    ///
    /// - Parameter offset: A byte offset in the file.
    /// - Returns: The 0-based display column.
    func displayColumn(ofOffset offset: Int) -> Int {
        var low = 0
        var high = offsets.count - 1
        // The last cell index whose offset is at or before `offset`.
        while low < high {
            let mid = (low + high + 1) / 2
            if offsets[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return display.starts[low]
    }
}
