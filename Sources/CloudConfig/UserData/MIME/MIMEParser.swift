/// Reads a MIME message exactly as Python's `email.message_from_string` does under the `compat32`
/// policy (the parser cloud-init uses): `email.feedparser.FeedParser`, line by line, with its
/// stack of boundaries, its handling of preambles, epilogues and the line break before a
/// delimiter, and its defects instead of errors.
///
/// The input is UTF-8 text (cloud-init decodes the blob strictly first). Lines end with LF,
/// CR LF or a lone CR, as Python's universal newlines split them. Nesting deeper than
/// `maxDepth` is read as text instead of recursing further (Python recurses until its
/// recursion limit).
struct MIMEParser {
    /// A line test that ends a part early ("false EOF").
    private enum Matcher {
        /// A delimiter of an enclosing multipart (`--boundary`, with `--` for the closing one).
        case boundary([UInt8])
        /// A blank line, between the header blocks of `message/delivery-status`.
        case blankLine
    }

    private let bytes: [UInt8]
    private let lines: [Range<Int>]
    private let maxDepth: Int
    private var next = 0
    /// Lines pushed back, the next one last; `nil` is the empty string Python pushes back at an
    /// end of input, which reads as one more end.
    private var pushedBack: [Int?] = []
    private var matchers: [Matcher] = []
    private var messages: [MIMEMessage] = []
    private var stack: [Int] = []
    private var current: Int?
    private var last: Int?

    /// Parses a message.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 text.
    ///   - maxDepth: The deepest nesting of `multipart/*` and `message/*` read as such.
    /// - Returns: The messages.
    static func parse(_ bytes: [UInt8], maxDepth: Int) -> MIMEDocument {
        var parser = MIMEParser(bytes: bytes, maxDepth: maxDepth)
        parser.parse(depth: 0)
        return MIMEDocument(bytes: bytes, messages: parser.messages)
    }

    private init(bytes: [UInt8], maxDepth: Int) {
        self.bytes = bytes
        self.lines = Self.splitLines(bytes)
        self.maxDepth = maxDepth
    }

    /// Lines with their line breaks: LF, CR LF, or a lone CR.
    static func splitLines(_ bytes: [UInt8]) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                lines.append(start..<(index + 1))
                start = index + 1
            } else if byte == 0x0D {
                let end = index + 1 < count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
                lines.append(start..<end)
                start = end
                index = end - 1
            }
            index += 1
        }
        if start < count { lines.append(start..<count) }
        return lines
    }

    // MARK: - Input

    /// The next line, or `nil` at the end of input or at a line an enclosing part ends at.
    private mutating func readLine() -> Int? {
        let line: Int
        if let pushed = pushedBack.popLast() {
            guard let pushed else { return nil }
            line = pushed
        } else if next < lines.count {
            line = next
            next += 1
        } else {
            return nil
        }
        for matcher in matchers.reversed() where matches(matcher, line) {
            pushedBack.append(line)
            return nil
        }
        return line
    }

    private mutating func unread(_ line: Int?) { pushedBack.append(line) }

    private func matches(_ matcher: Matcher, _ line: Int) -> Bool {
        switch matcher {
        case .boundary(let separator): delimiter(separator, line) != nil
        case .blankLine: startsWithLineBreak(line)
        }
    }

    private func startsWithLineBreak(_ line: Int) -> Bool {
        let range = lines[line]
        return !range.isEmpty && (bytes[range.lowerBound] == 0x0A || bytes[range.lowerBound] == 0x0D)
    }

    /// Whether a line is a delimiter of `separator` (`--boundary`): the separator, `--` for the
    /// closing delimiter, blanks, and the line break.
    func delimiter(_ separator: [UInt8], _ line: Int) -> (isClose: Bool, hasLineBreak: Bool)? {
        let range = lines[line]
        guard range.count >= separator.count else { return nil }
        for (offset, byte) in separator.enumerated() where bytes[range.lowerBound + offset] != byte { return nil }
        let rest = range.lowerBound + separator.count
        if rest + 1 < range.upperBound, bytes[rest] == 0x2D, bytes[rest + 1] == 0x2D,
            let lineBreak = blanksAndLineBreak(from: rest + 2, to: range.upperBound)
        {
            return (true, lineBreak)
        }
        return blanksAndLineBreak(from: rest, to: range.upperBound).map { (false, $0) }
    }

    /// Whether `bytes[from..<to]` is `[ \t]*` and an optional line break; whether it has one.
    private func blanksAndLineBreak(from start: Int, to end: Int) -> Bool? {
        var index = start
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        if index == end { return false }
        if bytes[index] == 0x0D, index + 2 == end, bytes[index + 1] == 0x0A { return true }
        if bytes[index] == 0x0D || bytes[index] == 0x0A, index + 1 == end { return true }
        return nil
    }

    // MARK: - Messages

    private mutating func newMessage(at start: Int) {
        var message = MIMEMessage(start: start, headerEnd: start)
        if let current, messages[current].contentType == "multipart/digest" { message.defaultType = "message/rfc822" }
        let index = messages.count
        messages.append(message)
        if let parent = stack.last {
            if case .parts(var children) = messages[parent].payload {
                messages[parent].payload = .none
                children.append(index)
                messages[parent].payload = .parts(children)
            } else {
                messages[parent].payload = .parts([index])
            }
        }
        stack.append(index)
        current = index
        last = index
    }

    @discardableResult
    private mutating func popMessage() -> Int {
        let index = stack.removeLast()
        current = stack.last
        return index
    }

    /// The offset of the next line to be read.
    private var position: Int {
        if let pushed = pushedBack.last {
            return pushed.map { lines[$0].lowerBound } ?? (next < lines.count ? lines[next].lowerBound : bytes.count)
        }
        return next < lines.count ? lines[next].lowerBound : bytes.count
    }

    /// `FeedParser._parsegen`: one message, left on the stack for the caller to pop.
    private mutating func parse(depth: Int) {
        newMessage(at: position)
        guard let me = current else { return }
        var headerLines: [Int] = []
        while let line = readLine() {
            if !isHeaderLine(line) {
                if !startsWithLineBreak(line) {
                    messages[me].defects.append(.missingHeaderBodySeparator(line: lines[line]))
                    unread(line)
                }
                break
            }
            headerLines.append(line)
        }
        if let lastHeader = headerLines.last { messages[me].headerEnd = lines[lastHeader].upperBound }
        parseHeaders(headerLines, into: me)
        let type = messages[me].contentType
        let mainType = messages[me].mainType
        let nests = type == "message/delivery-status" || mainType == "message" || mainType == "multipart"
        if nests, depth >= maxDepth {
            messages[me].defects.append(.nestedTooDeep)
            readText(into: me)
            return
        }
        if type == "message/delivery-status" {
            while true {
                matchers.append(.blankLine)
                parse(depth: depth + 1)
                popMessage()
                matchers.removeLast()
                _ = readLine()
                guard let line = readLine() else { break }
                unread(line)
            }
            return
        }
        if mainType == "message" {
            parse(depth: depth + 1)
            popMessage()
            return
        }
        if mainType == "multipart" {
            parseMultipart(me, depth: depth)
            return
        }
        readText(into: me)
    }

    /// The rest of the input as the message's text body.
    private mutating func readText(into me: Int) {
        var body: [Range<Int>] = []
        while let line = readLine() { Self.append(lines[line], to: &body) }
        messages[me].payload = .text(body)
    }

    private mutating func parseMultipart(_ me: Int, depth: Int) {
        guard let boundary = messages[me].headers.boundary else {
            messages[me].defects.append(.noBoundaryInMultipart)
            readText(into: me)
            return
        }
        let encoding = (messages[me].headers.first(named: "content-transfer-encoding")?.value ?? "8bit").lowercased()
        if !["7bit", "8bit", "binary"].contains(encoding) {
            messages[me].defects.append(.invalidMultipartTransferEncoding)
        }
        let separator = Array(("--" + boundary).utf8)
        var capturingPreamble = true
        var preamble: [Range<Int>] = []
        var closeHasLineBreak = false
        var closeSeen = false
        while let line = readLine() {
            guard let found = delimiter(separator, line) else {
                Self.append(lines[line], to: &preamble)
                continue
            }
            if found.isClose {
                closeSeen = true
                closeHasLineBreak = found.hasLineBreak
                messages[me].closeDelimiter = lines[line]
                break
            }
            if capturingPreamble {
                if !preamble.isEmpty {
                    stripFinalLineBreak(&preamble)
                    messages[me].preamble = preamble
                }
                capturingPreamble = false
                unread(line)
                continue
            }
            messages[me].delimiters.append(lines[line])
            while true {
                let following = readLine()
                if let following, delimiter(separator, following) != nil {
                    messages[me].delimiters.append(lines[following])
                    continue
                }
                unread(following)
                break
            }
            matchers.append(.boundary(separator))
            parse(depth: depth + 1)
            cleanseLast()
            matchers.removeLast()
            popMessage()
            last = current
        }
        if capturingPreamble {
            messages[me].defects.append(.startBoundaryNotFound)
            messages[me].payload = .text(preamble)
            while readLine() != nil {}
            messages[me].epilogue = []
            return
        }
        if !closeSeen {
            messages[me].defects.append(.closeBoundaryNotFound)
            return
        }
        var epilogue: [Range<Int>] = []
        var first = !closeHasLineBreak
        while let line = readLine() {
            var range = lines[line]
            if first {
                // A line break at the front of the epilogue belongs to the closing delimiter.
                range =
                    range.lowerBound + lineBreakLength(at: range.lowerBound, end: range.upperBound)..<range.upperBound
                first = false
            }
            Self.append(range, to: &epilogue)
        }
        messages[me].epilogue = epilogue
    }

    /// The line break before a delimiter belongs to it, not to the part before it.
    private mutating func cleanseLast() {
        guard let last else { return }
        if messages[last].mainType == "multipart" {
            guard var epilogue = messages[last].epilogue else { return }
            if epilogue.allSatisfy(\.isEmpty) {
                messages[last].epilogue = nil
            } else {
                stripFinalLineBreak(&epilogue)
                messages[last].epilogue = epilogue
            }
        } else if case .text(var body) = messages[last].payload {
            stripFinalLineBreak(&body)
            messages[last].payload = .text(body)
        }
    }

    private func stripFinalLineBreak(_ ranges: inout [Range<Int>]) {
        while let lastRange = ranges.last, lastRange.isEmpty { ranges.removeLast() }
        guard let lastRange = ranges.last else { return }
        var end = lastRange.upperBound
        if bytes[end - 1] == 0x0A {
            end -= 1
            if end > lastRange.lowerBound, bytes[end - 1] == 0x0D { end -= 1 }
        } else if bytes[end - 1] == 0x0D {
            end -= 1
        }
        ranges[ranges.count - 1] = lastRange.lowerBound..<end
        if ranges[ranges.count - 1].isEmpty { ranges.removeLast() }
    }

    private func lineBreakLength(at index: Int, end: Int) -> Int {
        guard index < end else { return 0 }
        if bytes[index] == 0x0D { return index + 1 < end && bytes[index + 1] == 0x0A ? 2 : 1 }
        return bytes[index] == 0x0A ? 1 : 0
    }

    /// Appends a range, merging it with the previous one when they touch.
    private static func append(_ range: Range<Int>, to ranges: inout [Range<Int>]) {
        guard !range.isEmpty else { return }
        if let lastRange = ranges.last, lastRange.upperBound == range.lowerBound {
            ranges[ranges.count - 1] = lastRange.lowerBound..<range.upperBound
        } else {
            ranges.append(range)
        }
    }

    // MARK: - Headers

    /// `headerRE`: `From `, a field name and `:`, or a continuation (a leading blank).
    private func isHeaderLine(_ line: Int) -> Bool {
        let range = lines[line]
        guard !range.isEmpty else { return false }
        if startsWithFrom(range) { return true }
        let first = bytes[range.lowerBound]
        if first == 0x20 || first == 0x09 { return true }
        var index = range.lowerBound
        while index < range.upperBound, Self.isFieldNameByte(bytes[index]) { index += 1 }
        return index < range.upperBound && bytes[index] == 0x3A
    }

    private static func isFieldNameByte(_ byte: UInt8) -> Bool {
        (0x21...0x39).contains(byte) || (0x3B...0x7E).contains(byte)
    }

    private func startsWithFrom(_ range: Range<Int>) -> Bool {
        range.count >= 5 && bytes[range.lowerBound..<(range.lowerBound + 5)].elementsEqual("From ".utf8)
    }

    /// `FeedParser._parse_headers`.
    private mutating func parseHeaders(_ headerLines: [Int], into me: Int) {
        var pending: [Int] = []
        for (number, line) in headerLines.enumerated() {
            let range = lines[line]
            let first = bytes[range.lowerBound]
            if first == 0x20 || first == 0x09 {
                if pending.isEmpty {
                    messages[me].defects.append(.firstHeaderLineIsContinuation(line: range))
                    continue
                }
                pending.append(line)
                continue
            }
            if !pending.isEmpty {
                setHeader(pending, in: me)
                pending = []
            }
            if startsWithFrom(range) {
                if number == 0 { continue }
                if number == headerLines.count - 1 {
                    unread(line)
                    return
                }
                messages[me].defects.append(.misplacedEnvelopeHeader(line: range))
                continue
            }
            if bytes[range.lowerBound] == 0x3A {
                messages[me].defects.append(.missingHeaderName(line: range))
                continue
            }
            pending = [line]
        }
        if !pending.isEmpty { setHeader(pending, in: me) }
    }

    /// `compat32.header_source_parse`: the name before the first colon, the value after it
    /// without leading blanks, trailing line breaks removed.
    private mutating func setHeader(_ fieldLines: [Int], in me: Int) {
        guard let firstLine = fieldLines.first, let lastLine = fieldLines.last else { return }
        let first = lines[firstLine]
        var colon = first.lowerBound
        while colon < first.upperBound, bytes[colon] != 0x3A { colon += 1 }
        var valueStart = colon + 1
        while valueStart < first.upperBound, bytes[valueStart] == 0x20 || bytes[valueStart] == 0x09 {
            valueStart += 1
        }
        let fieldEnd = lines[lastLine].upperBound
        var valueEnd = fieldEnd
        while valueEnd > valueStart, bytes[valueEnd - 1] == 0x0A || bytes[valueEnd - 1] == 0x0D { valueEnd -= 1 }
        valueStart = min(valueStart, fieldEnd)
        valueEnd = max(valueEnd, valueStart)
        messages[me].headers.append(
            MIMEHeader(
                name: String(decoding: bytes[first.lowerBound..<colon], as: UTF8.self),
                value: String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self),
                valueRange: valueStart..<valueEnd, fieldRange: first.lowerBound..<fieldEnd))
    }
}
