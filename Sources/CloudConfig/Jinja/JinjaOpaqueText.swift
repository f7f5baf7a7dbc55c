/// A template's text with its Jinja replaced by stand-ins, so that a YAML linter can check a
/// template without instance data and without false alarms.
///
/// The heuristics, chosen so that a template never yields a false error:
///
/// - Lines and columns are kept: every Unicode scalar of a tag becomes one ASCII character and
///   line breaks stay, so a position in ``text`` is the same line (one less, for the header)
///   and column in the template. ``sourceMap`` maps byte offsets.
/// - `{{ expression }}` inside a line becomes a plain scalar of letters (`xgh...`), unique per
///   expression so that two templated keys are not duplicates; it never reads as a YAML 1.1
///   boolean, number, null or date, even next to literal text (`0{{ m }}` is `0x...` with no hex
///   digits). Continuation lines of a multi-line expression become spaces.
/// - `{{ expression }}` alone on its line(s) may stand for any YAML structure (a list item, a
///   whole mapping), so it becomes a comment (`#xxx`).
/// - Block tags (`{% ... %}`), comments and raw markers become spaces; a line holding only a tag
///   becomes blank, which YAML ignores.
/// - Only the first branch of an `if` is kept: the `elif` and `else` bodies (and a loop's `else`)
///   become spaces, because alternatives often define the same keys. `{% set %}` and `{% macro %}`
///   bodies are hidden too; loop bodies appear once.
/// - The whole template after a lexing error is blanked.
/// - ``placeholders`` lists the template ranges whose value is unknown (expressions and tags
///   inside a line): a rule should treat a scalar that overlaps one as of unknown type and
///   value, since `{{ keys | tojson }}` may well render a list.
public struct JinjaOpaqueText: Sendable {
    /// The stand-in text, without the header line, as YAML.
    public let text: String
    /// Where each byte of ``text`` came from.
    public let sourceMap: JinjaSourceMap
    /// The template ranges of expressions and inline tags, whose rendered value is unknown.
    public let placeholders: [SourceRange]
}

extension JinjaTemplate {
    /// The template with its Jinja replaced by stand-ins that YAML reads as plain strings,
    /// comments or blanks (see ``JinjaOpaqueText`` for the heuristics).
    ///
    /// - Returns: The text, its source map and the ranges of unknown values.
    public func opaqueText() -> JinjaOpaqueText {
        let text = body.text
        let tokens = JinjaLexer.tokenize(text)
        // 0: keep, 1: blank, 2: expression stand-in.
        var mask = [UInt8](repeating: 1, count: text.count)
        var expressions: [(start: Int, end: Int)] = []
        var hidden: [(start: Int, end: Int)] = []
        var placeholders: [SourceRange] = []
        var openBlocks: [(tag: String, hidingFrom: Int?)] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .data:
                for offset in token.start..<token.end { mask[offset] = 0 }
            case .variableBegin:
                var end = index + 1
                while end < tokens.count, tokens[end].kind != .variableEnd, tokens[end].kind != .eof,
                    !Self.isError(tokens[end])
                {
                    end += 1
                }
                let stop = end < tokens.count && tokens[end].kind == .variableEnd ? tokens[end].end : text.count
                expressions.append((token.start, stop))
                index = end
            case .blockBegin:
                var end = index + 1
                var hasAssign = false
                while end < tokens.count, tokens[end].kind != .blockEnd, tokens[end].kind != .eof,
                    !Self.isError(tokens[end])
                {
                    if tokens[end].isOp("=") { hasAssign = true }
                    end += 1
                }
                let stop = end < tokens.count && tokens[end].kind == .blockEnd ? tokens[end].end : text.count
                if case .name(let tag)? = tokens[safe: index + 1]?.kind {
                    switch tag {
                    case "if", "for", "with", "filter", "macro", "call", "block", "autoescape":
                        openBlocks.append((tag, tag == "macro" || tag == "call" ? token.start : nil))
                    case "set" where !hasAssign:
                        openBlocks.append((tag, token.start))
                    case "elif", "else":
                        if let last = openBlocks.last, last.hidingFrom == nil {
                            openBlocks[openBlocks.count - 1].hidingFrom = token.start
                        }
                    default:
                        if tag.hasPrefix("end"), let last = openBlocks.popLast(), let from = last.hidingFrom {
                            hidden.append((from, stop))
                        }
                    }
                }
                if !Self.isAloneOnLine(text, token.start, stop) {
                    placeholders.append(body.range(token.start, stop))
                    // A tag that starts a line shifts what follows it: hide the rest of the line.
                    if Self.isBlankBefore(text, token.start) {
                        var lineEnd = stop
                        while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
                        hidden.append((stop, lineEnd))
                    }
                }
                index = end
            default:
                break
            }
            if Self.isError(token) { break }
            index += 1
        }
        for block in openBlocks { if let from = block.hidingFrom { hidden.append((from, text.count)) } }
        for (start, end) in expressions { for offset in start..<end { mask[offset] = 2 } }
        for (start, end) in hidden { for offset in start..<min(end, text.count) { mask[offset] = 1 } }
        // A line left with nothing but blanks becomes empty (3: dropped), so that no all-space
        // line confuses a block scalar's indentation.
        var lineStart = 0
        while lineStart < text.count {
            var lineEnd = lineStart
            var blank = true
            while lineEnd < text.count, text[lineEnd] != 0x0A {
                if mask[lineEnd] == 2 || (mask[lineEnd] == 0 && text[lineEnd] != 0x20 && text[lineEnd] != 0x09) {
                    blank = false
                }
                lineEnd += 1
            }
            if blank, (lineStart..<lineEnd).contains(where: { mask[$0] == 1 }) {
                for offset in lineStart..<lineEnd { mask[offset] = 3 }
            }
            lineStart = lineEnd + 1
        }

        var output: [UInt8] = []
        output.reserveCapacity(text.count + 1)
        var sourceMap = JinjaSourceMap(source: body)
        var counter = 0
        var offset = 0
        while offset < text.count {
            var end = offset + 1
            while end < text.count, mask[end] == mask[offset],
                !(mask[offset] == 2 && Self.startsExpression(expressions, end))
            {
                end += 1
            }
            let start = output.count
            switch mask[offset] {
            case 0:
                output.append(contentsOf: text[offset..<end])
                sourceMap.appendLiteral(outputStart: start, outputEnd: output.count, bodyStart: offset)
            case 2:
                let alone = Self.isAloneOnLine(text, offset, end)
                var letters = Self.placeholderLetters(counter)
                counter += 1
                var firstLine = true
                var scalarStart = offset
                while scalarStart < end {
                    let scalarEnd = JinjaLexer.scalarEnd(text, at: scalarStart)
                    if text[scalarStart] == 0x0A {
                        output.append(0x0A)
                        firstLine = false
                    } else if firstLine {
                        if alone,
                            output.last == nil || output.last == 0x0A || output.last == 0x20 && letters.first != "#"
                        {
                            letters = "#" + letters
                        }
                        output.append(letters.isEmpty ? UInt8(ascii: "x") : letters.removeFirst().asciiValue ?? 0x78)
                    } else {
                        output.append(0x20)
                    }
                    scalarStart = scalarEnd
                }
                sourceMap.appendProduced(outputStart: start, outputEnd: output.count, by: body.range(offset, end))
                placeholders.append(body.range(offset, end))
            case 3:
                break
            default:
                var scalarStart = offset
                while scalarStart < end {
                    output.append(text[scalarStart] == 0x0A ? 0x0A : 0x20)
                    scalarStart = JinjaLexer.scalarEnd(text, at: scalarStart)
                }
                sourceMap.appendProduced(outputStart: start, outputEnd: output.count, by: body.range(offset, end))
            }
            offset = end
        }
        if body.appendsNewline {
            let start = output.count
            output.append(0x0A)
            sourceMap.appendLiteral(outputStart: start, outputEnd: start + 1, bodyStart: text.count)
        }
        return JinjaOpaqueText(
            text: String(decoding: output, as: UTF8.self), sourceMap: sourceMap,
            placeholders: placeholders.sorted { $0.start < $1.start })
    }

    private static func isError(_ token: JinjaToken) -> Bool {
        if case .error = token.kind { return true }
        return false
    }

    private static func startsExpression(_ expressions: [(start: Int, end: Int)], _ offset: Int) -> Bool {
        expressions.contains { $0.start == offset }
    }

    /// Whether only blanks stand between the line's start and `start`.
    static func isBlankBefore(_ text: [UInt8], _ start: Int) -> Bool {
        var before = start
        while before > 0, text[before - 1] != 0x0A {
            guard text[before - 1] == 0x20 || text[before - 1] == 0x09 else { return false }
            before -= 1
        }
        return true
    }

    /// Whether only blanks stand between the line's start and `start`, and between `end` and the
    /// line's end.
    static func isAloneOnLine(_ text: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var before = start
        while before > 0, text[before - 1] != 0x0A {
            guard text[before - 1] == 0x20 || text[before - 1] == 0x09 else { return false }
            before -= 1
        }
        var after = end
        while after < text.count, text[after] != 0x0A {
            guard text[after] == 0x20 || text[after] == 0x09 else { return false }
            after += 1
        }
        return true
    }

    /// `x` and the counter in letters that are no hex digit, exponent or YAML 1.1 word start.
    static func placeholderLetters(_ counter: Int) -> String {
        let alphabet = Array("ghijklmpqrstuvwz")
        var letters = "x"
        var value = counter
        repeat {
            letters.append(alphabet[value % alphabet.count])
            value /= alphabet.count
        } while value > 0
        return letters
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
