/// A template's text as Jinja sees it, with the way back to the file's coordinates.
///
/// cloud-init removes the `## template: jinja` line (everything up to the first LF), and Jinja
/// turns every CR LF and lone CR into LF and drops one final line break before lexing. The
/// lexer, parser and renderer work on that normalized body; offsets into it convert back to
/// file offsets, lines and columns here.
struct JinjaSource: Sendable {
    /// The template file as given.
    let file: SourceFile
    /// The file offset where the body starts: just after the header line's LF, or 0.
    let bodyStart: Int
    /// The normalized body, UTF-8.
    let text: [UInt8]
    /// Normalized offsets of the LFs that stand for a CR LF in the file, ascending.
    let collapsed: [Int]
    /// Whether cloud-init appends a line break to the output (the body ended with LF).
    let appendsNewline: Bool

    /// Builds the normalized body of the file from `bodyStart` on.
    init(file: SourceFile, bodyStart: Int) {
        self.file = file
        self.bodyStart = bodyStart
        let bytes = file.bytes
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count - bodyStart)
        var collapsed: [Int] = []
        var index = bodyStart
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                    collapsed.append(text.count)
                    index += 1
                }
                text.append(0x0A)
            } else {
                text.append(byte)
            }
            index += 1
        }
        appendsNewline = bytes.count > bodyStart && bytes.last == 0x0A
        if text.last == 0x0A { text.removeLast() }
        self.text = text
        self.collapsed = collapsed
    }

    /// The file offset of a normalized offset.
    func fileOffset(_ offset: Int) -> Int {
        guard !collapsed.isEmpty else { return bodyStart + offset }
        var low = 0
        var high = collapsed.count
        while low < high {
            let mid = (low + high) / 2
            if collapsed[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return bodyStart + offset + low
    }

    /// The file location of a normalized offset.
    func location(_ offset: Int) -> SourceLocation {
        file.location(atOffset: fileOffset(offset))
    }

    /// The file range of a normalized range.
    func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: location(start), end: location(max(start, end)))
    }

    /// The text of a normalized range.
    func string(_ start: Int, _ end: Int) -> String {
        let start = max(0, min(start, text.count))
        let end = max(start, min(end, text.count))
        return String(decoding: text[start..<end], as: UTF8.self)
    }

    /// The number of Unicode scalars before a normalized offset: Python's index into the
    /// template string, which Jinja quotes in some messages.
    func scalarIndex(_ offset: Int) -> Int {
        SourceFile.scalarCount(text, from: 0, to: min(offset, text.count))
    }

    /// The 1-based line of a normalized offset, counted from the body's first line: the number
    /// Jinja 3.1 (and so cloud-init 22.4.2) reports.
    func bodyLine(_ offset: Int) -> Int {
        var line = 1
        for byte in text[0..<min(offset, text.count)] where byte == 0x0A { line += 1 }
        return line
    }
}
