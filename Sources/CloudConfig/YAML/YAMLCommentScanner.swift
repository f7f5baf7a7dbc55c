#if canImport(Glibc)
    import Glibc
#endif

/// Finds comments in YAML text, which libyaml does not report.
///
/// In text the parser read, a `#` outside every scalar starts a comment: after a blank, and
/// also right after a token such as a closing quote or bracket (`"a"#c`, `[a]#c`), as both
/// libyaml and PyYAML scan it; a `#` inside a plain scalar (`a#b`), a quoted scalar or the body
/// of a block scalar is text. Past the point where parsing stopped, a `#` starts a comment at
/// the start of a line or after a blank.
enum YAMLCommentScanner {
    /// Scans a source for comments.
    ///
    /// - Parameters:
    ///   - source: The text.
    ///   - scalarSpans: Byte ranges of scalar content, in ascending order: at least every scalar
    ///     whose text has a `#`.
    ///   - parsedEnd: The offset up to which the parser read the text (and `scalarSpans` covers
    ///     every scalar); `nil` when it read all of it.
    /// - Returns: The comments in source order.
    static func comments(in source: SourceFile, scalarSpans: [Range<Int>], parsedEnd: Int? = nil) -> [YAMLComment] {
        let parsedEnd = parsedEnd ?? source.bytes.count
        let bytes = source.bytes
        var comments: [YAMLComment] = []
        var spanIndex = 0
        var line = 0
        var index = source.contentStart
        let count = bytes.count
        while index < count {
            guard bytes[index] == UInt8(ascii: "#") else {
                index = Self.firstHash(in: bytes, after: index)
                continue
            }
            let previous = index > source.contentStart ? bytes[index - 1] : UInt8(ascii: "\n")
            let afterBlank =
                previous == UInt8(ascii: " ") || previous == UInt8(ascii: "\t")
                || previous == UInt8(ascii: "\n") || previous == UInt8(ascii: "\r")
            while spanIndex < scalarSpans.count, scalarSpans[spanIndex].upperBound <= index {
                spanIndex += 1
            }
            let inScalar = spanIndex < scalarSpans.count && scalarSpans[spanIndex].contains(index)
            if inScalar || (!afterBlank && index >= parsedEnd) {
                index += 1
                continue
            }
            // Comments come in order, so the line is found by walking forward.
            while line + 1 < source.lineStarts.count, source.lineStarts[line + 1] <= index { line += 1 }
            let start = source.location(atOffset: index, onLine: line + 1)
            let end = source.contentEnd(ofLine: start.line)
            let lineStart = start.line == 1 ? source.contentStart : source.lineStarts[start.line - 1]
            let wholeLine = bytes[lineStart..<index].allSatisfy {
                $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t")
            }
            comments.append(
                YAMLComment(
                    range: SourceRange(start: start, end: source.location(atOffset: end, onLine: start.line)),
                    text: String(decoding: bytes[(index + 1)..<max(index + 1, end)], as: UTF8.self),
                    isWholeLine: wholeLine))
            index = max(end, index + 1)
        }
        return comments
    }

    /// The offset of the first `#` after `index`, or the end of the bytes; memchr reads a large
    /// input many bytes at a time.
    private static func firstHash(in bytes: [UInt8], after index: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let from = index + 1
            guard from < buffer.count else { return buffer.count }
            #if canImport(Glibc)
                guard let base = buffer.baseAddress,
                    let found = memchr(base + from, Int32(UInt8(ascii: "#")), buffer.count - from)
                else { return buffer.count }
                return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            #else
                return buffer[from...].firstIndex(of: UInt8(ascii: "#")) ?? buffer.count
            #endif
        }
    }
}
