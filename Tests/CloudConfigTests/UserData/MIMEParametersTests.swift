import Testing

@testable import CloudConfig

/// The byte-level readings of MIME header parameters and names against the general,
/// scalar-by-scalar ones they stand in for: every short value over the characters the parsing
/// treats specially must read the same both ways.
@Suite struct MIMEParametersTests {
    /// The characters `_parseparam`, `unquote`, `strip()` and RFC 2231 look at, and some that
    /// they do not.
    static let alphabet: [String] = [";", "=", "\"", "\\", "<", ">", " ", "\t", "\u{1C}", "a", "N", "*", "0"]

    /// Every string of up to `length` characters over the alphabet.
    static func strings(upTo length: Int) -> [String] {
        var all = [""]
        var current = [""]
        for _ in 0..<length {
            current = current.flatMap { prefix in alphabet.map { prefix + $0 } }
            all += current
        }
        return all
    }

    static func same(_ lhs: [(String, MIMEParameters.Value)], _ rhs: [(String, MIMEParameters.Value)]) -> Bool {
        lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    @Test func asciiValuesReadAsTheGeneralPathReadsThem() {
        var compared = 0
        for value in Self.strings(upTo: 4) {
            let fast = MIMEParameters.asciiParameters(value)
            if value.contains("*") {
                // Only names with `*` may be RFC 2231 parameters, which the general path reads.
                if fast == nil { continue }
            }
            guard let fast else {
                Issue.record("no byte-level reading of \(value.debugDescription)")
                continue
            }
            #expect(Self.same(fast, MIMEParameters.generalParameters(value)), "\(value.debugDescription)")
            compared += 1
        }
        #expect(compared > 10_000)
    }

    @Test(arguments: [
        "attachment; filename=\"part-001\"", "text/cloud-config; charset=\"us-ascii\"",
        "multipart/mixed; boundary=\"===============1234==\"", "attachment;\n\tfilename=\"a;b\"; x=\"y\\\"z\"",
        "text/plain; NAME = <angle> ; Filename=\"q\\\\\"", "form-data; name=\"a\\\";b\"; size=3",
    ])
    func headerValuesReadAsTheGeneralPathReadsThem(value: String) throws {
        let fast = try #require(MIMEParameters.asciiParameters(value))
        #expect(Self.same(fast, MIMEParameters.generalParameters(value)))
    }

    @Test func textThatIsNotASCIIOrEncodedTakesTheGeneralPath() {
        #expect(MIMEParameters.asciiParameters("attachment; filename=\"caf\u{E9}\"") == nil)
        #expect(MIMEParameters.asciiParameters("attachment; filename*=utf-8''x") == nil)
        #expect(MIMEParameters.parameter("filename", in: "attachment; filename*=utf-8''caf%C3%A9")?.collapsed == "café")
    }

    @Test func splittingAtTheFirstSemicolonMatchesTheScalarForm() {
        for value in Self.strings(upTo: 4) + ["caf\u{E9}; x", " \u{A0}a;\u{3000}b "] {
            let scalars = value.unicodeScalars
            let expected: (String, String?)
            if let semicolon = scalars.firstIndex(of: ";") {
                expected = (
                    PythonText.strip(String(scalars[..<semicolon])),
                    PythonText.strip(String(scalars[scalars.index(after: semicolon)...]))
                )
            } else {
                expected = (PythonText.strip(value), nil)
            }
            let split = MIMEParameters.splitParameter(value)
            #expect(split.value == expected.0 && split.rest == expected.1, "\(value.debugDescription)")
        }
    }

    /// `email.utils.unquote` as Python writes it, over scalars.
    static func referenceUnquote(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 1 else { return text }
        let inner = String(String.UnicodeScalarView(scalars.dropFirst().dropLast()))
        if scalars.first == "\"", scalars.last == "\"" {
            return inner.replacing("\\\\", with: "\\").replacing("\\\"", with: "\"")
        }
        if scalars.first == "<", scalars.last == ">" { return inner }
        return text
    }

    @Test func unquoteAndQuoteMatchTheirScalarForms() {
        var values = Self.strings(upTo: 3).filter { !$0.contains("*") }
        values += ["\"\u{301}a\"", "\"a\u{301}\"", "<\u{E9}>", "\"\\\u{301}\"", "\"\"", "\"", "é\""]
        for value in values {
            #expect(MIMEParameters.unquote(value) == Self.referenceUnquote(value), "\(value.debugDescription)")
            #expect(
                MIMEParameters.quote(value) == value.replacing("\\", with: "\\\\").replacing("\"", with: "\\\""),
                "\(value.debugDescription)")
        }
    }

    @Test func headerNamesMatchAsLowerCasingMatchesThem() {
        let names = [
            "Content-Type", "content-type", "CONTENT-TYPE", "Content-Typ", "Content-Types", "", "İ", "i",
            "\u{212A}ey", "key", "KEY", "Launch-Index", "launch-index", "Content-Type\u{301}",
        ]
        for name in names {
            for key in ["content-type", "launch-index", "key", "i\u{307}", ""] {
                #expect(
                    MIMEHeader.name(name, matchesLowercased: key) == (name.lowercased() == key),
                    "\(name.debugDescription) \(key.debugDescription)")
            }
        }
    }
}
