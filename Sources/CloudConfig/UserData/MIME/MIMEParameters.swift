/// Header parameters (`type/subtype; name=value; ...`) as Python's `email.message` reads and
/// writes them: quoting, `;` inside quotes, RFC 2231 encoded and continued values.
enum MIMEParameters {
    /// A parameter value as `get_param` returns it.
    enum Value: Sendable, Hashable {
        /// A plain value, unquoted.
        case plain(String)
        /// An RFC 2231 value (`name*=charset'language'text`): the charset, the language and the
        /// percent-decoded text, one character per octet.
        case encoded(charset: String?, language: String?, text: String)

        /// `email.utils.collapse_rfc2231_value`: the value as text.
        var collapsed: String {
            switch self {
            case .plain(let text):
                return MIMEParameters.unquote(text)
            case .encoded(let charset, _, let text):
                let octets = text.unicodeScalars.flatMap(PythonText.rawUnicodeEscape)
                return MIMEParameters.decode(octets, charset: charset ?? "us-ascii") ?? MIMEParameters.unquote(text)
            }
        }
    }

    /// `email.message._splitparam`: the text before the first `;`, stripped, and the rest.
    static func splitParameter(_ value: String) -> (value: String, rest: String?) {
        let bytes = Array(value.utf8)
        if !bytes.contains(where: { $0 >= 0x80 }) {
            guard let semicolon = bytes.firstIndex(of: 0x3B) else { return (asciiText(asciiStrip(bytes[...])), nil) }
            return (asciiText(asciiStrip(bytes[..<semicolon])), asciiText(asciiStrip(bytes[(semicolon + 1)...])))
        }
        guard let semicolon = value.unicodeScalars.firstIndex(of: ";") else { return (PythonText.strip(value), nil) }
        let scalars = value.unicodeScalars
        return (
            PythonText.strip(String(scalars[..<semicolon])),
            PythonText.strip(String(scalars[scalars.index(after: semicolon)...]))
        )
    }

    /// `get_param(name, header=...)` on a header value.
    static func parameter(_ name: String, in headerValue: String) -> Value? {
        if hasTypeOnly(headerValue), !name.utf8.contains(UInt8(ascii: "/")) { return nil }
        let key = name.lowercased()
        for (parameterName, value) in parameters(headerValue)
        where MIMEHeader.name(parameterName, matchesLowercased: key) {
            switch value {
            case .plain(let text): return .plain(unquote(text))
            case .encoded(let charset, let language, let text):
                return .encoded(charset: charset, language: language, text: unquote(text))
            }
        }
        return nil
    }

    /// Whether a header value is one item with a `/` and no `=` (such as `text/plain`): its only
    /// parameter is then the item itself, named with its `/`, so no name without one matches.
    private static func hasTypeOnly(_ headerValue: String) -> Bool {
        headerValue.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.contains(UInt8(ascii: ";")) && !bytes.contains(UInt8(ascii: "="))
                && bytes.contains(UInt8(ascii: "/"))
        } ?? false
    }

    /// `_get_params_preserve` followed by `email.utils.decode_params`.
    static func parameters(_ headerValue: String) -> [(String, Value)] {
        asciiParameters(headerValue) ?? generalParameters(headerValue)
    }

    /// ``parameters(_:)`` for any header value, scalar by scalar.
    static func generalParameters(_ headerValue: String) -> [(String, Value)] {
        var params: [(String, String)] = []
        for item in parseParameters(headerValue) {
            let scalars = Array(item.unicodeScalars)
            if let equals = scalars.firstIndex(of: "=") {
                params.append(
                    (PythonText.strip(string(scalars[..<equals])), PythonText.strip(string(scalars[(equals + 1)...]))))
            } else {
                params.append((PythonText.strip(item), ""))
            }
        }
        guard let first = params.first else { return [] }
        var result: [(String, Value)] = [(first.0, .plain(first.1))]
        var continued: [(name: String, parts: [(number: Int?, value: String, encoded: Bool)])] = []
        for (name, rawValue) in params.dropFirst() {
            let encoded = name.hasSuffix("*")
            let value = unquote(rawValue)
            if let (base, number) = continuation(name) {
                if let index = continued.firstIndex(where: { $0.name == base }) {
                    continued[index].parts.append((number, value, encoded))
                } else {
                    continued.append((base, [(number, value, encoded)]))
                }
            } else {
                result.append((name, .plain("\"" + quote(value) + "\"")))
            }
        }
        for (name, parts) in continued {
            var extended = false
            var text = ""
            let sorted = parts.enumerated().sorted { lhs, rhs in
                let (a, b) = (lhs.element, rhs.element)
                if a.number != b.number { return (a.number ?? -1) < (b.number ?? -1) }
                if a.value != b.value {
                    return a.value.unicodeScalars.lexicographicallyPrecedes(b.value.unicodeScalars)
                }
                return lhs.offset < rhs.offset
            }
            for (_, part) in sorted {
                if part.encoded {
                    text += percentDecodedAsLatin1(part.value)
                    extended = true
                } else {
                    text += part.value
                }
            }
            let quoted = quote(text)
            if extended {
                let pieces = quoted.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false).map(
                    String.init)
                if pieces.count <= 2 {
                    result.append((name, .encoded(charset: nil, language: nil, text: "\"" + quoted + "\"")))
                } else {
                    result.append(
                        (name, .encoded(charset: pieces[0], language: pieces[1], text: "\"" + pieces[2] + "\"")))
                }
            } else {
                result.append((name, .plain("\"" + quoted + "\"")))
            }
        }
        return result
    }

    /// ``parameters(_:)`` for an ASCII header value without RFC 2231 parameters (no `*` in a
    /// name), read byte by byte; `nil` for any other value, which takes the general path.
    ///
    /// In ASCII, Python's `strip()` removes `\t`–`\r`, `\x1c`–`\x1f` and the space, `lower()`
    /// maps `A`–`Z` only, and every name without a `*` is a plain parameter.
    static func asciiParameters(_ headerValue: String) -> [(String, Value)]? {
        let bytes = Array(headerValue.utf8)
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var items: [(name: ArraySlice<UInt8>, value: ArraySlice<UInt8>, hasEquals: Bool)] = []
        for range in parameterRanges(bytes) {
            let item = bytes[range]
            if let equals = item.firstIndex(of: 0x3D) {
                items.append((asciiStrip(item[..<equals]), asciiStrip(item[(equals + 1)...]), true))
            } else {
                items.append((asciiStrip(item), [], false))
            }
        }
        guard let first = items.first else { return [] }
        for item in items.dropFirst() where item.name.contains(0x2A) { return nil }
        func text(_ bytes: ArraySlice<UInt8>, lowercased: Bool = false) -> String {
            asciiText(lowercased ? bytes.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }[...] : bytes)
        }
        var result: [(String, Value)] = [(text(first.name, lowercased: first.hasEquals), .plain(text(first.value)))]
        result.reserveCapacity(items.count)
        for item in items.dropFirst() {
            result.append(
                (text(item.name, lowercased: item.hasEquals), .plain("\"" + quote(unquote(text(item.value))) + "\"")))
        }
        return result
    }

    /// `_parseparam`'s items as byte ranges of the value (before stripping): split at each `;`
    /// outside quotes, where a `;` is inside quotes while the text before it has an odd number
    /// of `"` not counting those escaped as `\"`.
    private static func parameterRanges(_ bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        // `_parseparam` works on `';' + value`: the first item starts at the value's start.
        var start = 0
        var more = true
        while more {
            var end = bytes[start...].firstIndex(of: 0x3B) ?? -1
            while end > start, (quoteCount(bytes[start..<end])) % 2 != 0 {
                end = bytes[(end + 1)...].firstIndex(of: 0x3B) ?? -1
            }
            if end < 0 { end = bytes.count }
            ranges.append(start..<end)
            more = end < bytes.count
            start = end + 1
        }
        return ranges
    }

    /// The `"` in bytes less the non-overlapping `\"`.
    private static func quoteCount(_ bytes: ArraySlice<UInt8>) -> Int {
        var quotes = 0
        var escaped = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x22 { quotes += 1 }
            if bytes[index] == 0x5C, index + 1 < bytes.endIndex, bytes[index + 1] == 0x22 {
                escaped += 1
                quotes += 1
                index += 2
            } else {
                index += 1
            }
        }
        return quotes - escaped
    }

    /// ASCII bytes as a string.
    private static func asciiText(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Python's `strip()` on ASCII bytes.
    private static func asciiStrip(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        func isSpace(_ byte: UInt8) -> Bool { (0x09...0x0D).contains(byte) || (0x1C...0x20).contains(byte) }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return [] }
        return bytes[first...last]
    }

    /// `email.message._parseparam`: splits at `;` outside quotes, lower-cases each name.
    static func parseParameters(_ value: String) -> [String] {
        var s = [Unicode.Scalar](";".unicodeScalars) + Array(value.unicodeScalars)
        var list: [String] = []
        while s.first == ";" {
            s.removeFirst()
            var end = s.firstIndex(of: ";") ?? -1
            while end > 0, (count("\"", in: s[..<end]) - countEscapedQuotes(in: s[..<end])) % 2 != 0 {
                end = s[(end + 1)...].firstIndex(of: ";") ?? -1
            }
            if end < 0 { end = s.count }
            var item = Array(s[..<end])
            if let equals = item.firstIndex(of: "=") {
                let name = PythonText.strip(string(item[..<equals])).lowercased()
                let rest = PythonText.strip(string(item[(equals + 1)...]))
                item = Array((name + "=" + rest).unicodeScalars)
            }
            list.append(PythonText.strip(string(item[...])))
            s = Array(s[end...])
        }
        return list
    }

    /// `email.message._formatparam(name, value)` with quoting, as `add_header` writes a
    /// parameter: `name="value"`, or `name*=utf-8''...` for text that is not ASCII.
    static func format(_ name: String, _ value: String) -> String {
        guard !value.isEmpty else { return name }
        if !value.unicodeScalars.allSatisfy(\.isASCII) {
            return name + "*=utf-8''" + percentEncoded(value)
        }
        return name + "=\"" + quote(value) + "\""
    }

    /// `email.utils.unquote`.
    ///
    /// Works on the UTF-8 bytes: the quotes, brackets and backslashes it looks for are ASCII, so
    /// they are whole scalars, and the text between them is valid UTF-8.
    static func unquote(_ text: String) -> String {
        let bytes = text.utf8
        // Two bytes or more whose first and last are ASCII are two scalars or more.
        guard bytes.count > 1, let first = bytes.first, let last = bytes.last else { return text }
        let quoted = first == 0x22 && last == 0x22
        guard quoted || (first == 0x3C && last == 0x3E) else { return text }
        // The scalar view, not the string: a combining mark after the quote must not pull it back in.
        let inner = String(
            text.unicodeScalars[bytes.index(after: bytes.startIndex)..<bytes.index(before: bytes.endIndex)])
        // Both replacements look for a backslash: without one they change nothing.
        guard quoted, inner.utf8.contains(0x5C) else { return inner }
        return inner.replacing("\\\\", with: "\\").replacing("\\\"", with: "\"")
    }

    /// `email.utils.quote`.
    static func quote(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x5C || $0 == 0x22 }) else { return text }
        return text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
    }

    /// Decodes octets in a charset Python knows by one of these names; `nil` for other charsets.
    /// Undecodable bytes become U+FFFD (`errors='replace'`).
    static func decode(_ octets: [UInt8], charset: String) -> String? {
        let name = charset.lowercased().replacing("-", with: "_").replacing(" ", with: "_")
        switch name {
        case "utf_8", "utf8", "u8", "utf", "cp65001":
            return String(decoding: octets, as: UTF8.self)
        case "ascii", "us_ascii", "646", "us", "iso646_us", "ansi_x3.4_1968":
            return String(String.UnicodeScalarView(octets.map { $0 < 0x80 ? Unicode.Scalar($0) : "\u{FFFD}" }))
        case "latin_1", "latin1", "iso_8859_1", "iso8859_1", "8859", "cp819", "l1", "latin", "iso_ir_100":
            return String(String.UnicodeScalarView(octets.map { Unicode.Scalar($0) }))
        default:
            return nil
        }
    }

    /// `rfc2231_continuation`: `name*`, `name*0`, `name*0*` with an ASCII word as the name.
    private static func continuation(_ name: String) -> (String, Int?)? {
        let scalars = Array(name.unicodeScalars)
        guard let star = scalars.firstIndex(of: "*"), star > 0,
            scalars[..<star].allSatisfy({
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
            })
        else { return nil }
        var rest = scalars[(star + 1)...]
        if rest.isEmpty { return (string(scalars[..<star]), nil) }
        if rest.last == "*" { rest = rest.dropLast() }
        guard !rest.isEmpty, rest.allSatisfy({ ("0"..."9").contains($0) }), let number = Int(string(rest)) else {
            return nil
        }
        return (string(scalars[..<star]), number)
    }

    /// `urllib.parse.unquote(text, encoding='latin-1')`.
    private static func percentDecodedAsLatin1(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "%", index + 2 < scalars.count, let high = hexValue(scalars[index + 1]),
                let low = hexValue(scalars[index + 2])
            {
                output.append(Unicode.Scalar(UInt8(high * 16 + low)))
                index += 3
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return String(output)
    }

    /// `urllib.parse.quote(text, safe='', encoding='utf-8')`.
    private static func percentEncoded(_ text: String) -> String {
        var output = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || "_.-~".unicodeScalars.contains(scalar)
            {
                output.unicodeScalars.append(scalar)
            } else {
                output += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return output
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "0"..."9": Int(scalar.value - 0x30)
        case "a"..."f": Int(scalar.value - 0x61 + 10)
        case "A"..."F": Int(scalar.value - 0x41 + 10)
        default: nil
        }
    }

    private static func count(_ scalar: Unicode.Scalar, in scalars: ArraySlice<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { $0 + ($1 == scalar ? 1 : 0) }
    }

    /// Non-overlapping occurrences of `\"`.
    private static func countEscapedQuotes(in scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var count = 0
        var index = scalars.startIndex
        while index + 1 < scalars.endIndex {
            if scalars[index] == "\\", scalars[index + 1] == "\"" {
                count += 1
                index += 2
            } else {
                index += 1
            }
        }
        return count
    }

    private static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }
}
