#if canImport(Glibc)
    import Glibc
#endif

/// Where scalars are in the bytes, recorded as they arrive: the comment scanner needs the
/// spans that hide a `#`, and PyYAML's tab and byte order mark rules need the spans where those
/// characters are text. The same byte positions show what PyYAML's scanner refuses and libyaml
/// accepts around a scalar.
extension YAMLComposer {
    /// Records a scalar's spans and checks the bytes around it.
    mutating func recordSpans(
        style: YAMLScalarStyle, value: UnsafeBufferPointer<UInt8>, start: SourceLocation, end: SourceLocation
    ) {
        if style == .literal || style == .folded {
            let indicator = contentOffset(from: start.offset, before: end.offset)
            checkBlockScalarHeader(at: indicator)
            let indicatorLine =
                start.line < source.lineStarts.count && source.lineStarts[start.line] <= indicator
                ? source.lineIndex(containing: indicator) : start.line - 1
            let contentStart =
                indicatorLine + 1 < source.lineStarts.count ? source.lineStarts[indicatorLine + 1] : end.offset
            if contentStart < end.offset {
                if recordsAllSpans || Self.contains(UInt8(ascii: "#"), in: value) {
                    scalarSpans.append(contentStart..<end.offset)
                }
                if recordsTabSpans { tabSpans.append(contentStart..<end.offset) }
            }
        } else if start.offset < end.offset {
            // A `#` in a scalar's text is in its value too; only those spans hide comments.
            if recordsAllSpans || Self.contains(UInt8(ascii: "#"), in: value) {
                scalarSpans.append(start.offset..<end.offset)
            }
            if recordsTabSpans, style != .plain {
                tabSpans.append(contentOffset(from: start.offset, before: end.offset)..<end.offset)
            }
        }
        if style == .plain, flowDepth > 0, Self.contains(UInt8(ascii: "?"), in: value) {
            reportQuestionMarkInFlowScalar(String(decoding: value, as: UTF8.self), start: start, end: end)
        }
    }

    /// Whether bytes hold a byte; memchr reads them a word or more at a time (every scalar is
    /// asked).
    private static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        #if canImport(Glibc)
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        #else
            return bytes.contains(byte)
        #endif
    }

    // MARK: - What PyYAML's scanner refuses and libyaml accepts

    /// The offset of a node's content after its properties (`!tag`, `&anchor`) and the blanks,
    /// line breaks and comments that may follow them.
    func contentOffset(from start: Int, before end: Int) -> Int {
        let bytes = source.bytes
        var index = start
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: "!"), UInt8(ascii: "&"):
                if index + 1 < end, bytes[index] == UInt8(ascii: "!"), bytes[index + 1] == UInt8(ascii: "<") {
                    while index < end, bytes[index] != UInt8(ascii: ">") { index += 1 }
                    index += 1
                } else {
                    while index < end, !Self.isBlankOrBreak(bytes[index]) { index += 1 }
                }
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "#"):
                while index < end, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
                    index += 1
                }
            default:
                return index
            }
        }
        return min(index, end)
    }

    private static func isBlankOrBreak(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    /// PyYAML requires a space or a line break after a block scalar's `|` or `>` and its
    /// indicators; libyaml also accepts a `#` there (and a tab, which the tab check reports).
    private mutating func checkBlockScalarHeader(at indicator: Int) {
        let bytes = source.bytes
        guard indicator < bytes.count,
            bytes[indicator] == UInt8(ascii: "|") || bytes[indicator] == UInt8(ascii: ">")
        else { return }
        var index = indicator + 1
        while index < bytes.count, index <= indicator + 2,
            bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") || YAMLResolver.isDigit(bytes[index])
        {
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "#") else { return }
        let location = source.location(atOffset: index)
        errors.append(
            .hashAfterBlockIndicator(at: SourceRange(start: location, end: source.location(atOffset: index + 1))))
    }

    /// PyYAML ends a plain scalar at a `?` inside `[...]` or `{...}` and then fails to parse
    /// the `?`; libyaml reads `a?b` as one scalar.
    private mutating func reportQuestionMarkInFlowScalar(_ text: String, start: SourceLocation, end: SourceLocation) {
        let bytes = source.bytes
        var index = contentOffset(from: start.offset, before: end.offset)
        while index < end.offset, bytes[index] != UInt8(ascii: "?") { index += 1 }
        let location = index < end.offset ? source.location(atOffset: index) : start
        errors.append(
            .questionMarkInFlowScalar(
                text, at: SourceRange(start: location, end: source.location(atOffset: min(index + 1, end.offset)))))
    }
}

extension YAMLError {
    fileprivate static func hashAfterBlockIndicator(at range: SourceRange) -> Self {
        YAMLError(
            .syntax,
            "expected a space or a line break after the block scalar indicator, but found '#'; cloud-init's YAML "
                + "loader refuses the file", at: range)
    }

    fileprivate static func questionMarkInFlowScalar(_ text: String, at range: SourceRange) -> Self {
        YAMLError(
            .syntax,
            "'?' inside an unquoted scalar in brackets or braces; cloud-init's YAML loader ends the scalar there "
                + "and refuses the file (quote it: \(PythonFormat.stringRepr(text)))", at: range)
    }
}
