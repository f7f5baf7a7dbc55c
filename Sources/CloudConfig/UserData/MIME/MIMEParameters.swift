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
        guard let semicolon = value.unicodeScalars.firstIndex(of: ";") else { return (PythonText.strip(value), nil) }
        let scalars = value.unicodeScalars
        return (
            PythonText.strip(String(scalars[..<semicolon])),
            PythonText.strip(String(scalars[scalars.index(after: semicolon)...]))
        )
    }

    /// `get_param(name, header=...)` on a header value.
    static func parameter(_ name: String, in headerValue: String) -> Value? {
        let key = name.lowercased()
        for (parameterName, value) in parameters(headerValue) where parameterName.lowercased() == key {
            switch value {
            case .plain(let text): return .plain(unquote(text))
            case .encoded(let charset, let language, let text):
                return .encoded(charset: charset, language: language, text: unquote(text))
            }
        }
        return nil
    }

    /// `_get_params_preserve` followed by `email.utils.decode_params`.
    static func parameters(_ headerValue: String) -> [(String, Value)] {
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
    static func unquote(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 1 else { return text }
        if scalars.first == "\"", scalars.last == "\"" {
            return string(scalars[1..<(scalars.count - 1)]).replacing("\\\\", with: "\\").replacing("\\\"", with: "\"")
        }
        if scalars.first == "<", scalars.last == ">" { return string(scalars[1..<(scalars.count - 1)]) }
        return text
    }

    /// `email.utils.quote`.
    static func quote(_ text: String) -> String {
        text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
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
