/// The few Python `str` operations cloud-init and the Azure Linux Agent rely on, with Python's
/// definitions: which characters are whitespace, how `int()` reads text, how
/// `raw-unicode-escape` encodes text that is not ASCII. The byte-level forms, which keep file
/// offsets, are in `PythonText+UTF8.swift`.
enum PythonText {
    /// Whether Python's `str.isspace()` is true for a character (what `strip()`, `lstrip()` and
    /// `split()` remove).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    /// `text.strip()`.
    static func strip(_ text: some StringProtocol) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
            let last = scalars.lastIndex(where: { !isWhitespace($0) })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// `text.lstrip()`.
    static func lstrip(_ text: some StringProtocol) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...]))
    }

    /// `text.rstrip()`.
    static func rstrip(_ text: some StringProtocol) -> String {
        let scalars = text.unicodeScalars
        guard let last = scalars.lastIndex(where: { !isWhitespace($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[...last]))
    }

    /// `text.lower()`.
    static func lower(_ text: some StringProtocol) -> String { text.lowercased() }

    /// `text.split()`: the words between runs of whitespace.
    static func split(_ text: some StringProtocol) -> [String] {
        text.unicodeScalars.split(whereSeparator: isWhitespace).map { String(String.UnicodeScalarView($0)) }
    }

    /// The bytes Python's `text.encode('raw-unicode-escape')` gives for one character: itself
    /// below U+0100, otherwise `\uXXXX` or `\UXXXXXXXX` in lower-case hexadecimal.
    static func rawUnicodeEscape(_ scalar: Unicode.Scalar) -> [UInt8] {
        let value = scalar.value
        if value < 0x100 { return [UInt8(value)] }
        let digits = String(value, radix: 16)
        if value < 0x10000 {
            return Array(("\\u" + String(repeating: "0", count: 4 - digits.count) + digits).utf8)
        }
        return Array(("\\U" + String(repeating: "0", count: 8 - digits.count) + digits).utf8)
    }
}
