import BigInt

/// Python 3 string handling reproduced on UTF-8 bytes, so that offsets stay those of the file:
/// `str.strip()` (Unicode whitespace), `str.strip('" ')`, and `int(str)`.
extension PythonText {
    /// The length of the whitespace character (as Python's `str.isspace()` defines it, Unicode
    /// 14) starting at `index`, or 0 when the character there is not whitespace.
    static func whitespaceLength(_ bytes: [UInt8], at index: Int, end: Int) -> Int {
        guard index < end else { return 0 }
        let byte = bytes[index]
        if byte < 0x80 {
            return (0x09...0x0D).contains(byte) || (0x1C...0x20).contains(byte) ? 1 : 0
        }
        if byte == 0xC2, index + 1 < end {
            return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        }
        guard index + 2 < end else { return 0 }
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        switch byte {
        case 0xE1: return second == 0x9A && third == 0x80 ? 3 : 0
        case 0xE2:
            if second == 0x80, (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF {
                return 3
            }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3: return second == 0x80 && third == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// The length of the whitespace character that ends just before `end`, or 0.
    static func whitespaceLength(_ bytes: [UInt8], endingAt end: Int, start: Int) -> Int {
        for length in [1, 2, 3] where end - length >= start {
            if whitespaceLength(bytes, at: end - length, end: end) == length { return length }
        }
        return 0
    }

    /// `str.strip()`: the range left after removing whitespace at both ends.
    static func strip(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let length = whitespaceLength(bytes, at: start, end: end)
            if length == 0 { break }
            start += length
        }
        while end > start {
            let length = whitespaceLength(bytes, endingAt: end, start: start)
            if length == 0 { break }
            end -= length
        }
        return start..<end
    }

    /// `str.strip('" ')`: the range left after removing double quotes and spaces at both ends,
    /// and whether a double quote was among them.
    static func stripQuotesAndSpaces(_ bytes: [UInt8], _ range: Range<Int>) -> (range: Range<Int>, quote: Bool) {
        var start = range.lowerBound
        var end = range.upperBound
        var quote = false
        while start < end, bytes[start] == 0x22 || bytes[start] == 0x20 {
            if bytes[start] == 0x22 { quote = true }
            start += 1
        }
        while end > start, bytes[end - 1] == 0x22 || bytes[end - 1] == 0x20 {
            if bytes[end - 1] == 0x22 { quote = true }
            end -= 1
        }
        return (start..<end, quote)
    }

    /// The most digits Python 3.11's `int(str)` converts (`sys.get_int_max_str_digits()`);
    /// longer numbers raise `ValueError`.
    static let maximumIntegerDigits = 4300

    /// Python's `int(text)` in base 10: surrounding Unicode whitespace, an optional sign, then
    /// decimal digits of any script (category Nd), with single underscores between digits.
    ///
    /// - Parameter text: The text.
    /// - Returns: The integer, or `nil` where Python raises `ValueError`.
    static func int(_ text: String) -> BigInt? {
        let bytes = Array(text.utf8)
        let range = strip(bytes, 0..<bytes.count)
        let body = String(decoding: bytes[range], as: UTF8.self)
        var scalars = Substring(body).unicodeScalars[...]
        var negative = false
        if let first = scalars.first, first == "+" || first == "-" {
            negative = first == "-"
            scalars = scalars.dropFirst()
        }
        var digits = ""
        var previousWasDigit = false
        for scalar in scalars {
            if scalar == "_" {
                guard previousWasDigit else { return nil }
                previousWasDigit = false
                continue
            }
            guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
                value >= 0, value <= 9
            else { return nil }
            digits.append(Character(Unicode.Scalar(UInt8(48 + Int(value)))))
            previousWasDigit = true
        }
        guard previousWasDigit, digits.count <= maximumIntegerDigits, let magnitude = BigInt(digits) else {
            return nil
        }
        return negative ? -magnitude : magnitude
    }
}
