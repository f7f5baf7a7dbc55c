/// The lines a fix-it changes, as they would read after it, with the new text marked: `+` under
/// inserted text, `~` under replaced text; a fix-it that only deletes shows the lines as they
/// are, with `-` under what goes. At most ``maxLines`` lines are shown.
struct FixPreview {
    /// One line of the preview.
    struct Line {
        /// The line's number: in the file after the fix-it, or as it is for a deletion.
        var number: Int
        /// The laid-out text.
        var display: DisplayLine
        /// The marked display columns, with the marker character.
        var runs: [(columns: Range<Int>, mark: Character)]
    }

    /// How a scalar of the new text came to be.
    enum Mark: Equatable {
        case kept, inserted, replaced

        var character: Character? {
            switch self {
            case .kept: nil
            case .inserted: "+"
            case .replaced: "~"
            }
        }
    }

    /// The most lines a preview shows.
    static let maxLines = 6

    /// The changed lines shown.
    private(set) var lines: [Line] = []
    /// Whether more lines change than are shown.
    private(set) var isTruncated = false

    /// Computes the preview of a fix-it, or `nil` when it has no edits or they do not fit the file.
    ///
    /// - Parameters:
    ///   - fixIt: The fix-it.
    ///   - source: The file it was computed for.
    ///   - maxWidth: The widest window a line will be shown in, which bounds the work per line.
    init?(_ fixIt: FixIt, in source: SourceFile, maxWidth: Int) {
        let edits = fixIt.edits.sorted { lhs, rhs in
            if lhs.range.start.offset != rhs.range.start.offset {
                return lhs.range.start.offset < rhs.range.start.offset
            }
            return lhs.range.isEmpty && !rhs.range.isEmpty
        }
        guard let first = edits.first, let last = edits.max(by: { $0.range.end.offset < $1.range.end.offset }),
            edits.allSatisfy({
                0 <= $0.range.start.offset && $0.range.start.offset <= $0.range.end.offset
                    && $0.range.end.offset <= source.bytes.count
            })
        else { return nil }
        if edits.allSatisfy({ $0.replacement.isEmpty }) {
            deletions(edits, in: source, maxWidth: maxWidth)
        } else {
            let firstLine = source.lineIndex(containing: first.range.start.offset) + 1
            let lastLine = source.lineIndex(containing: last.range.end.offset) + 1
            var start = firstLine == 1 ? source.contentStart : source.lineStarts[firstLine - 1]
            start = min(start, first.range.start.offset)
            var builder = Builder(firstLine: firstLine, maxScalars: 16 * maxWidth)
            var position = start
            stream: do {
                for edit in edits {
                    guard edit.range.start.offset >= position else { continue }
                    guard builder.add(source.bytes[position..<edit.range.start.offset], .kept) else { break stream }
                    let mark: Mark = edit.range.isEmpty ? .inserted : .replaced
                    guard builder.add(edit.replacement.unicodeScalars, mark) else { break stream }
                    position = edit.range.end.offset
                }
                guard builder.add(source.bytes[position..<source.contentEnd(ofLine: lastLine)], .kept) else {
                    break stream
                }
                builder.endLine()
            }
            lines = builder.finishedLines
            isTruncated = builder.isTruncated
        }
        if lines.isEmpty { return nil }
    }

    /// The lines a deletion-only fix-it touches, as they are, with `-` under the deleted text.
    private mutating func deletions(_ edits: [TextEdit], in source: SourceFile, maxWidth: Int) {
        var byLine: [(line: Int, columns: [Range<Int>])] = []
        var excerpts: [Int: SourceExcerpt] = [:]
        for edit in edits where !edit.range.isEmpty {
            let startLine = source.lineIndex(containing: edit.range.start.offset) + 1
            var endLine = source.lineIndex(containing: edit.range.end.offset) + 1
            if endLine > startLine, source.lineStarts[endLine - 1] == edit.range.end.offset { endLine -= 1 }
            for line in startLine...endLine {
                let lineStart = line == 1 ? 0 : source.lineStarts[line - 1]
                let from = max(edit.range.start.offset, lineStart)
                guard
                    let excerpt = excerpts[line]
                        ?? SourceExcerpt(
                            source, line: line, focus: from, maxWidth: maxWidth,
                            byteOrderMark: line == 1 && from < source.contentStart)
                else { continue }
                excerpts[line] = excerpt
                let lower = excerpt.displayColumn(ofOffset: from)
                var upper = excerpt.displayColumn(ofOffset: min(edit.range.end.offset, source.contentEnd(ofLine: line)))
                if upper <= lower { upper = lower + 1 }
                if let index = byLine.firstIndex(where: { $0.line == line }) {
                    byLine[index].columns.append(lower..<upper)
                } else {
                    byLine.append((line, [lower..<upper]))
                }
                if byLine.count > Self.maxLines { break }
            }
        }
        byLine.sort { $0.line < $1.line }
        if byLine.count > Self.maxLines {
            isTruncated = true
            byLine = Array(byLine.prefix(Self.maxLines - 1))
        }
        lines = byLine.compactMap { entry in
            excerpts[entry.line].map { excerpt in
                Line(
                    number: entry.line, display: excerpt.display,
                    runs: entry.columns.map { (columns: $0, mark: "-") })
            }
        }
    }

    /// Cuts the new text into lines as it streams by and keeps the changed ones, stopping once
    /// it has more than it will show.
    private struct Builder {
        var lineNumber: Int
        let maxScalars: Int
        var scalars: [Unicode.Scalar] = []
        var marks: [Mark] = []
        var truncatedAfter = false
        var breakMark: Mark = .kept
        var afterCR = false
        var lines: [Line] = []
        /// For each kept line, whether each of its runs marks only spaces and tabs.
        var blankRuns: [[Bool]] = []
        var isTruncated = false

        /// The kept lines; when some new text is more than indentation, runs that only insert
        /// spaces or tabs are not marked, and lines left without marks are not shown.
        var finishedLines: [Line] {
            guard blankRuns.contains(where: { $0.contains(false) }) else { return lines }
            return zip(lines, blankRuns).compactMap { line, blanks in
                var line = line
                line.runs = zip(line.runs, blanks).filter { !$0.1 }.map(\.0)
                return line.runs.isEmpty ? nil : line
            }
        }

        init(firstLine: Int, maxScalars: Int) {
            self.lineNumber = firstLine
            self.maxScalars = maxScalars
        }

        /// Adds bytes of the original file (invalid UTF-8 shows as U+FFFD).
        mutating func add(_ bytes: ArraySlice<UInt8>, _ mark: Mark) -> Bool {
            var index = bytes.startIndex
            while index < bytes.endIndex {
                var next = index + 1
                while next < bytes.endIndex, bytes[next] & 0xC0 == 0x80 { next += 1 }
                let decoded = String(decoding: bytes[index..<next], as: UTF8.self).unicodeScalars
                guard add(decoded.count == 1 ? decoded[decoded.startIndex] : "\u{FFFD}", mark) else { return false }
                index = next
            }
            return true
        }

        /// Adds scalars of a replacement.
        mutating func add(_ text: String.UnicodeScalarView, _ mark: Mark) -> Bool {
            for scalar in text {
                guard add(scalar, mark) else { return false }
            }
            return true
        }

        /// Adds one scalar; returns `false` once enough lines are kept.
        mutating func add(_ scalar: Unicode.Scalar, _ mark: Mark) -> Bool {
            if afterCR {
                afterCR = false
                // The LF of a CR LF belongs to the break the CR started.
                if scalar == "\n" {
                    if mark != .kept { breakMark = mark }
                    return true
                }
            }
            switch scalar {
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                if mark != .kept { breakMark = mark }
                afterCR = scalar == "\r"
                endLine()
                return !isTruncated
            default:
                if scalars.count < maxScalars {
                    scalars.append(scalar)
                    marks.append(mark)
                } else {
                    truncatedAfter = true
                }
                return true
            }
        }

        /// Ends the current line, keeping it when it changed.
        mutating func endLine() {
            defer {
                scalars = []
                marks = []
                truncatedAfter = false
                breakMark = .kept
                lineNumber += 1
            }
            guard breakMark != .kept || marks.contains(where: { $0 != .kept }) else { return }
            if lines.count == FixPreview.maxLines {
                lines.removeLast()
                blankRuns.removeLast()
                isTruncated = true
                return
            }
            let display = DisplayLine(scalars, truncatedAfter: truncatedAfter)
            var runs: [(columns: Range<Int>, mark: Character)] = []
            var blanks: [Bool] = []
            var index = 0
            while index < marks.count {
                guard let character = marks[index].character else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < marks.count, marks[end] == marks[index] { end += 1 }
                var columns = display.starts[index]..<display.starts[end]
                if columns.isEmpty { columns = columns.lowerBound..<columns.lowerBound + 1 }
                runs.append((columns, character))
                blanks.append(scalars[index..<end].allSatisfy { $0 == " " || $0 == "\t" })
                index = end
            }
            if runs.isEmpty, let character = breakMark.character {
                runs.append((display.width..<display.width + 1, character))
                blanks.append(true)
            }
            lines.append(Line(number: lineNumber, display: display, runs: runs))
            blankRuns.append(blanks)
        }
    }
}
