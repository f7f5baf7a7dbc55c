/// Splits a normalized template body into tokens the way Jinja 3.1's lexer does with
/// cloud-init's settings: default delimiters, `trim_blocks` on, `lstrip_blocks` off, whitespace
/// control with `-` (and `+`, which turns `trim_blocks` off for one tag).
///
/// A lexing error becomes an ``JinjaToken/Kind/error(_:)`` token followed by the end, so that, as
/// in Jinja, whichever error comes first in the template is the one reported.
struct JinjaLexer {
    private let text: [UInt8]
    private var position = 0
    private var tokens: [JinjaToken] = []
    /// The closing brackets expected inside the current tag.
    private var balance: [UInt8] = []

    /// Tokenizes a normalized body.
    static func tokenize(_ text: [UInt8]) -> [JinjaToken] {
        var lexer = JinjaLexer(text: text)
        lexer.run()
        return lexer.tokens
    }

    private init(text: [UInt8]) { self.text = text }

    private mutating func run() {
        while position < text.count {
            guard let tag = nextTagStart(from: position) else {
                emit(.data, position, text.count)
                position = text.count
                break
            }
            var dataEnd = tag.start
            if tag.sign == UInt8(ascii: "-") { dataEnd = Self.rstrip(text, from: position, to: tag.start) }
            if dataEnd > position { emit(.data, position, dataEnd) }
            switch tag.kind {
            case .raw:
                position = tag.end
                guard lexRaw() else { return }
            case .comment:
                position = tag.end
                guard lexComment(begin: tag.start) else { return }
            case .variable, .block:
                emit(tag.kind == .variable ? .variableBegin : .blockBegin, tag.start, tag.end)
                position = tag.end
                guard lexTag(block: tag.kind == .block) else { return }
            }
        }
        emit(.eof, text.count, text.count)
    }

    private enum TagKind { case raw, comment, variable, block }

    /// The next `{{`, `{%` or `{#` from `start`, with its whitespace-control sign.
    private func nextTagStart(from start: Int) -> (kind: TagKind, start: Int, end: Int, sign: UInt8?)? {
        var index = start
        while index + 1 < text.count {
            guard text[index] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            let next = text[index + 1]
            let kind: TagKind
            switch next {
            case UInt8(ascii: "{"): kind = .variable
            case UInt8(ascii: "%"): kind = .block
            case UInt8(ascii: "#"): kind = .comment
            default:
                index += 1
                continue
            }
            var end = index + 2
            var sign: UInt8?
            if end < text.count, text[end] == UInt8(ascii: "-") || text[end] == UInt8(ascii: "+") {
                sign = text[end]
                end += 1
            }
            if kind == .block, let rawEnd = rawBeginEnd(after: end) {
                return (.raw, index, rawEnd, sign)
            }
            return (kind, index, end, sign)
        }
        return nil
    }

    /// The end of `\s*raw\s*(-%}\s*|%})` from `start`, if it is there.
    private func rawBeginEnd(after start: Int) -> Int? {
        var index = Self.skipWhitespace(text, from: start)
        guard matches("raw", at: index) else { return nil }
        index = Self.skipWhitespace(text, from: index + 3)
        if matches("-%}", at: index) { return Self.skipWhitespace(text, from: index + 3) }
        if matches("%}", at: index) { return index + 2 }
        return nil
    }

    /// Lexes the body of `{% raw %}` up to `{% endraw %}`.
    private mutating func lexRaw() -> Bool {
        var index = position
        while index + 1 < text.count {
            if text[index] == UInt8(ascii: "{"), text[index + 1] == UInt8(ascii: "%") {
                var cursor = index + 2
                var sign: UInt8?
                if cursor < text.count, text[cursor] == UInt8(ascii: "-") || text[cursor] == UInt8(ascii: "+") {
                    sign = text[cursor]
                    cursor += 1
                }
                cursor = Self.skipWhitespace(text, from: cursor)
                if matches("endraw", at: cursor) {
                    cursor = Self.skipWhitespace(text, from: cursor + 6)
                    if let end = blockEnd(at: cursor) {
                        var dataEnd = index
                        if sign == UInt8(ascii: "-") { dataEnd = Self.rstrip(text, from: position, to: index) }
                        if dataEnd > position { emit(.data, position, dataEnd) }
                        position = end.consumed
                        return true
                    }
                }
            }
            index += 1
        }
        fail("Missing end of raw directive", position, text.count)
        return false
    }

    /// Lexes a comment up to `#}`.
    private mutating func lexComment(begin: Int) -> Bool {
        var index = position
        while index + 1 < text.count {
            if matches("+#}", at: index) {
                position = index + 3
                return true
            }
            if matches("-#}", at: index) {
                position = Self.skipWhitespace(text, from: index + 3)
                return true
            }
            if matches("#}", at: index) {
                position = index + 2
                if position < text.count, text[position] == 0x0A { position += 1 }
                return true
            }
            index += 1
        }
        fail("Missing end of comment tag", begin, text.count)
        return false
    }

    /// The end of a block-closing `%}` at `index`: the token's end and where lexing goes on.
    private func blockEnd(at index: Int) -> (tokenEnd: Int, consumed: Int)? {
        if matches("+%}", at: index) { return (index + 3, index + 3) }
        if matches("-%}", at: index) { return (index + 3, Self.skipWhitespace(text, from: index + 3)) }
        if matches("%}", at: index) {
            // trim_blocks: the first line break after a block tag goes.
            let end = index + 2
            return (end, end < text.count && text[end] == 0x0A ? end + 1 : end)
        }
        return nil
    }

    /// Lexes the inside of `{{ ... }}` or `{% ... %}`, including its end.
    private mutating func lexTag(block: Bool) -> Bool {
        balance = []
        while position < text.count {
            if balance.isEmpty {
                if block, let end = blockEnd(at: position) {
                    emit(.blockEnd, position, end.tokenEnd)
                    position = end.consumed
                    return true
                }
                if !block {
                    if matches("-}}", at: position) {
                        emit(.variableEnd, position, position + 3)
                        position = Self.skipWhitespace(text, from: position + 3)
                        return true
                    }
                    if matches("}}", at: position) {
                        emit(.variableEnd, position, position + 2)
                        position += 2
                        return true
                    }
                }
            }
            let whitespaceEnd = Self.skipWhitespace(text, from: position)
            if whitespaceEnd > position {
                position = whitespaceEnd
                continue
            }
            guard lexTagToken() else { return false }
        }
        return true
    }

    /// Lexes one token inside a tag; `false` after an error.
    private mutating func lexTagToken() -> Bool {
        let start = position
        let byte = text[start]
        if let end = floatEnd(at: start) {
            let literal = String(decoding: text[start..<end], as: UTF8.self).replacing("_", with: "")
            if let value = Double(literal), value.isFinite {
                emit(.float(value), start, end)
            } else {
                emit(.unsupported("the float literal \(literal) is out of range"), start, end)
            }
            position = end
            return true
        }
        if let (end, value) = integer(at: start) {
            if let value {
                emit(.integer(value), start, end)
            } else {
                emit(.unsupported("integers beyond 64 bits are not supported"), start, end)
            }
            position = end
            return true
        }
        if Self.isNameStart(byte) {
            var end = start + 1
            while end < text.count, Self.isNameContinue(text[end]) { end += 1 }
            if end < text.count, text[end] >= 0x80, Self.isIdentifierScalar(text, at: end) {
                emit(.unsupported("names with non-ASCII letters are not supported"), start, end)
            } else {
                emit(.name(String(decoding: text[start..<end], as: UTF8.self)), start, end)
            }
            position = end
            return true
        }
        if byte >= 0x80, Self.isIdentifierScalar(text, at: start) {
            emit(.unsupported("names with non-ASCII letters are not supported"), start, start + 1)
            position = Self.scalarEnd(text, at: start)
            return true
        }
        if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
            return lexString(quote: byte)
        }
        return lexOperator()
    }

    private static let operators: [String] = [
        "//", "**", "==", "!=", ">=", "<=", "+", "-", "/", "*", "%", "~", "[", "]", "(", ")", "{", "}", ">", "<",
        "=", ".", ":", "|", ",", ";",
    ]

    private mutating func lexOperator() -> Bool {
        let start = position
        for op in Self.operators where matches(op, at: start) {
            let end = start + op.utf8.count
            switch op {
            case "{": balance.append(UInt8(ascii: "}"))
            case "(": balance.append(UInt8(ascii: ")"))
            case "[": balance.append(UInt8(ascii: "]"))
            case "}", ")", "]":
                guard let expected = balance.popLast() else {
                    fail("unexpected '\(op)'", start, end)
                    return false
                }
                if expected != text[start] {
                    fail("unexpected '\(op)', expected '\(String(UnicodeScalar(expected)))'", start, end)
                    return false
                }
            default: break
            }
            emit(.op(op), start, end)
            position = end
            return true
        }
        let end = Self.scalarEnd(text, at: start)
        let character = String(decoding: text[start..<end], as: UTF8.self)
        fail("unexpected char \(JinjaValue.stringRepr(character)) at \(Self.scalarCount(text, to: start))", start, end)
        return false
    }

    /// Lexes a quoted string and unescapes it as Python's `unicode-escape` codec does.
    private mutating func lexString(quote: UInt8) -> Bool {
        let start = position
        var index = start + 1
        while index < text.count, text[index] != quote {
            if text[index] == UInt8(ascii: "\\") { index += 1 }
            index += 1
        }
        guard index < text.count else {
            fail(
                "unexpected char \(JinjaValue.stringRepr(String(UnicodeScalar(quote)))) at "
                    + "\(Self.scalarCount(text, to: start))", start, start + 1)
            return false
        }
        let end = index + 1
        switch Self.unescape(Array(text[(start + 1)..<index])) {
        case .success(let value): emit(.string(value), start, end)
        case .failure(let problem):
            switch problem {
            case .syntax(let message):
                fail(message, start, end)
                return false
            case .unsupported(let message):
                emit(.unsupported(message), start, end)
            }
        }
        position = end
        return true
    }

    enum EscapeProblem: Error {
        case syntax(String)
        case unsupported(String)
    }

    /// Python's `unicode-escape` decoding of a string literal's inside.
    static func unescape(_ bytes: [UInt8]) -> Result<String, EscapeProblem> {
        guard bytes.contains(UInt8(ascii: "\\")) else { return .success(String(decoding: bytes, as: UTF8.self)) }
        var scalars = String.UnicodeScalarView()
        var index = 0
        func hexValue(_ count: Int, escape: String) -> Result<UInt32, EscapeProblem> {
            var value: UInt32 = 0
            for offset in 0..<count {
                guard index + offset < bytes.count, let digit = hexDigit(bytes[index + offset]) else {
                    return .failure(.syntax("truncated \(escape) escape"))
                }
                value = value * 16 + digit
            }
            index += count
            return .success(value)
        }
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                let end = scalarEnd(bytes, at: index)
                scalars.append(contentsOf: String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars)
                index = end
                continue
            }
            index += 1
            guard index < bytes.count else { return .failure(.syntax("\\ at end of string")) }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\n"): break
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "'"): scalars.append("'")
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "a"): scalars.append("\u{07}")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "v"): scalars.append("\u{0B}")
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var value = UInt32(escape - UInt8(ascii: "0"))
                var digits = 1
                while digits < 3, index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[index]) {
                    value = value * 8 + UInt32(bytes[index] - UInt8(ascii: "0"))
                    index += 1
                    digits += 1
                }
                guard let scalar = Unicode.Scalar(value) else { return .failure(.unsupported("octal escape")) }
                scalars.append(scalar)
            case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                let count = escape == UInt8(ascii: "x") ? 2 : escape == UInt8(ascii: "u") ? 4 : 8
                let name =
                    escape == UInt8(ascii: "x") ? "\\xXX" : escape == UInt8(ascii: "u") ? "\\uXXXX" : "\\UXXXXXXXX"
                switch hexValue(count, escape: name) {
                case .success(let value):
                    guard let scalar = Unicode.Scalar(value) else {
                        return .failure(.unsupported("escapes of surrogates or beyond U+10FFFF are not supported"))
                    }
                    scalars.append(scalar)
                case .failure(let problem): return .failure(problem)
                }
            case UInt8(ascii: "N"): return .failure(.unsupported("\\N{...} escapes are not supported"))
            default:
                guard escape < 0x80 else {
                    return .failure(.unsupported("a backslash before a non-ASCII character is not supported"))
                }
                scalars.append("\\")
                scalars.append(Unicode.Scalar(escape))
            }
        }
        return .success(String(scalars))
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// The end of Jinja's float pattern at `start`: digits with single `_` separators, then a
    /// fraction, an exponent or both; never right after a `.`.
    private func floatEnd(at start: Int) -> Int? {
        guard start == 0 || text[start - 1] != UInt8(ascii: ".") else { return nil }
        guard let integerEnd = digitsEnd(at: start) else { return nil }
        var index = integerEnd
        var hasFraction = false
        if index < text.count, text[index] == UInt8(ascii: "."), let fractionEnd = digitsEnd(at: index + 1) {
            index = fractionEnd
            hasFraction = true
        }
        if index < text.count, text[index] | 0x20 == UInt8(ascii: "e") {
            var cursor = index + 1
            if cursor < text.count, text[cursor] == UInt8(ascii: "+") || text[cursor] == UInt8(ascii: "-") {
                cursor += 1
            }
            if let exponentEnd = digitsEnd(at: cursor) { return exponentEnd }
        }
        return hasFraction ? index : nil
    }

    /// The end of `(\d+_)*\d+` at `start`.
    private func digitsEnd(at start: Int) -> Int? {
        var index = start
        guard index < text.count, Self.isDigit(text[index]) else { return nil }
        while true {
            while index < text.count, Self.isDigit(text[index]) { index += 1 }
            if index + 1 < text.count, text[index] == UInt8(ascii: "_"), Self.isDigit(text[index + 1]) {
                index += 1
                continue
            }
            return index
        }
    }

    /// Jinja's integer pattern at `start`, with the value (nil beyond 64 bits).
    private func integer(at start: Int) -> (end: Int, value: Int?)? {
        guard start < text.count, Self.isDigit(text[start]) else { return nil }
        if text[start] == UInt8(ascii: "0"), start + 1 < text.count {
            let prefix = text[start + 1] | 0x20
            let radix: Int? =
                prefix == UInt8(ascii: "b")
                ? 2 : prefix == UInt8(ascii: "o") ? 8 : prefix == UInt8(ascii: "x") ? 16 : nil
            if let radix {
                var index = start + 2
                var digits = ""
                while index < text.count {
                    var cursor = index
                    if text[cursor] == UInt8(ascii: "_") { cursor += 1 }
                    guard cursor < text.count, let digit = Self.hexDigit(text[cursor]), Int(digit) < radix else {
                        break
                    }
                    digits.append(Character(UnicodeScalar(text[cursor])))
                    index = cursor + 1
                }
                if !digits.isEmpty { return (index, Int(digits, radix: radix)) }
            }
        }
        var index = start + 1
        if text[start] == UInt8(ascii: "0") {
            while true {
                var cursor = index
                if cursor < text.count, text[cursor] == UInt8(ascii: "_") { cursor += 1 }
                guard cursor < text.count, text[cursor] == UInt8(ascii: "0") else { break }
                index = cursor + 1
            }
            return (index, 0)
        }
        while true {
            var cursor = index
            if cursor < text.count, text[cursor] == UInt8(ascii: "_") { cursor += 1 }
            guard cursor < text.count, Self.isDigit(text[cursor]) else { break }
            index = cursor + 1
        }
        let literal = String(decoding: text[start..<index], as: UTF8.self).replacing("_", with: "")
        return (index, Int(literal))
    }

    private mutating func emit(_ kind: JinjaToken.Kind, _ start: Int, _ end: Int) {
        tokens.append(JinjaToken(kind: kind, start: start, end: end))
    }

    private mutating func fail(_ message: String, _ start: Int, _ end: Int) {
        emit(.error(message), start, end)
        position = text.count
    }

    private func matches(_ literal: String, at index: Int) -> Bool {
        var cursor = index
        for byte in literal.utf8 {
            guard cursor < text.count, text[cursor] == byte else { return false }
            cursor += 1
        }
        return true
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
    }

    static func isNameContinue(_ byte: UInt8) -> Bool { isNameStart(byte) || isDigit(byte) }

    /// Whether the scalar at `index` is a letter or digit Python would take into a name.
    static func isIdentifierScalar(_ bytes: [UInt8], at index: Int) -> Bool {
        guard let scalar = scalar(bytes, at: index) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The scalar starting at `index`.
    static func scalar(_ bytes: [UInt8], at index: Int) -> Unicode.Scalar? {
        let end = scalarEnd(bytes, at: index)
        return String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first
    }

    /// The end of the UTF-8 sequence starting at `index`.
    static func scalarEnd(_ bytes: [UInt8], at index: Int) -> Int {
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return end
    }

    /// The number of scalars before `offset`.
    static func scalarCount(_ bytes: [UInt8], to offset: Int) -> Int {
        SourceFile.scalarCount(bytes, from: 0, to: offset)
    }

    /// Skips Python whitespace (`str.isspace`) from `start`.
    static func skipWhitespace(_ bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard isASCIISpace(byte) else { return index }
                index += 1
            } else {
                guard let scalar = scalar(bytes, at: index), JinjaValue.isPythonSpace(scalar) else { return index }
                index = scalarEnd(bytes, at: index)
            }
        }
        return index
    }

    /// Python's `str.rstrip()` of `bytes[from..<to]`: the end after removing trailing whitespace.
    static func rstrip(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var index = end
        while index > start {
            var scalarStart = index - 1
            while scalarStart > start, bytes[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
            let byte = bytes[scalarStart]
            if byte < 0x80 {
                guard isASCIISpace(byte) else { return index }
            } else {
                guard let scalar = scalar(bytes, at: scalarStart), JinjaValue.isPythonSpace(scalar) else {
                    return index
                }
            }
            index = scalarStart
        }
        return index
    }

    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x1F)
    }
}
