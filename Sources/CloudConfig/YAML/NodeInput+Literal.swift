#if canImport(Glibc)
    import Glibc
#endif

extension NodeInput {
    /// Walks the lines of a literal block scalar (`key: |`) as libyaml reads a clipped one
    /// whose lines are indented alike: each line from the one after the header to the last
    /// with content, less the leading spaces of the first line with content (up to as many).
    /// Each line's text is followed by a line feed in the value.
    ///
    /// - Parameters:
    ///   - start: The offset of the `|`.
    ///   - end: The offset at which the scalar ends.
    ///   - body: Gets each line's bytes; returns whether to go on.
    /// - Returns: Whether the walk went to the end: `false` when `body` stopped it, and when the
    ///   block has no line with content.
    func forEachLiteralLine(from start: Int, to end: Int, _ body: (Range<Int>) -> Bool) -> Bool {
        let header = lineStarts.line(containing: start)
        let last = lineStarts.line(containing: end, from: header)
        guard header < last else { return false }
        let lineStarts = self.lineStarts
        return bytes.withUnsafeBufferPointer { bytes in
            func leadingSpaces(_ line: Int) -> (start: Int, spaces: Int, end: Int) {
                let lineStart = lineStarts[line]
                let lineEnd = SourceFile.contentEnd(ofLine: line, in: bytes, lineStarts: lineStarts)
                var cursor = lineStart
                while cursor < lineEnd, bytes[cursor] == 0x20 { cursor += 1 }
                return (lineStart, cursor - lineStart, lineEnd)
            }
            var indent: Int?
            for line in (header + 1)...last {
                let (lineStart, spaces, lineEnd) = leadingSpaces(line)
                if lineStart + spaces < lineEnd {
                    indent = spaces
                    break
                }
            }
            guard let indent else { return false }
            var lastContent = last
            while lastContent > header {
                let (lineStart, spaces, lineEnd) = leadingSpaces(lastContent)
                if lineStart + min(spaces, indent) < lineEnd { break }
                lastContent -= 1
            }
            guard lastContent > header else { return false }
            for line in (header + 1)...lastContent {
                let (lineStart, spaces, lineEnd) = leadingSpaces(line)
                guard body((lineStart + min(spaces, indent))..<lineEnd) else { return false }
            }
            return true
        }
    }

    /// Whether `value` is the text ``forEachLiteralLine(from:to:_:)`` walks.
    func isLiteralText(_ value: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard let wanted = value.baseAddress else { return false }
        var cursor = 0
        let walked = bytes.withUnsafeBufferPointer { input in
            forEachLiteralLine(from: start, to: end) { line in
                guard let base = input.baseAddress, cursor + line.count < value.count,
                    memcmp(base + line.lowerBound, wanted + cursor, line.count) == 0,
                    value[cursor + line.count] == 0x0A
                else { return false }
                cursor += line.count + 1
                return true
            }
        }
        return walked && cursor == value.count
    }

    /// The text ``forEachLiteralLine(from:to:_:)`` walks, as a string.
    func literalText(from start: Int, to end: Int) -> String {
        var count = 0
        _ = forEachLiteralLine(from: start, to: end) { line in
            count += line.count + 1
            return true
        }
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            var cursor = 0
            bytes.withUnsafeBufferPointer { input in
                _ = forEachLiteralLine(from: start, to: end) { line in
                    guard cursor + line.count < buffer.count else { return false }
                    for offset in line {
                        buffer[cursor] = input[offset]
                        cursor += 1
                    }
                    buffer[cursor] = 0x0A
                    cursor += 1
                    return true
                }
            }
            return cursor
        }
    }
}
