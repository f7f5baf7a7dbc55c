/// Python's text forms of values, used wherever cloudcfg must print what cloud-init prints.
enum PythonFormat {
    /// Python's `repr(float)`: the shortest digits that round-trip, positional for decimal
    /// exponents from -4 to 16 and scientific otherwise (`1e+16`, `1e-05`, `1000.0`).
    static func floatRepr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let (negative, digits, pointPosition) = shortestDigits(value)
        var text = negative ? "-" : ""
        let count = digits.count
        if pointPosition <= -4 || pointPosition > 16 {
            text += String(digits.first ?? "0")
            if count > 1 { text += "." + digits.dropFirst() }
            let exponent = pointPosition - 1
            text += exponent < 0 ? "e-" : "e+"
            let magnitude = String(abs(exponent))
            text += magnitude.count < 2 ? "0" + magnitude : magnitude
        } else if pointPosition <= 0 {
            text += "0." + String(repeating: "0", count: -pointPosition) + digits
        } else if pointPosition >= count {
            text += digits + String(repeating: "0", count: pointPosition - count) + ".0"
        } else {
            let split = digits.index(digits.startIndex, offsetBy: pointPosition)
            text += digits[..<split] + "." + digits[split...]
        }
        return text
    }

    /// Splits Swift's shortest round-trip form into sign, significant digits and the position of
    /// the decimal point relative to the first digit (`0.015` gives `"15"`, `-1`).
    static func shortestDigits(_ value: Double) -> (negative: Bool, digits: String, point: Int) {
        var text = value.description
        var negative = false
        if text.hasPrefix("-") {
            negative = true
            text.removeFirst()
        }
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        var integerPart = Substring(text)
        var fractionPart: Substring = ""
        if let dot = text.firstIndex(of: ".") {
            integerPart = text[..<dot]
            fractionPart = text[text.index(after: dot)...]
        }
        var digits = String(integerPart) + fractionPart
        var point = integerPart.count + exponent
        while digits.hasPrefix("0"), digits.count > 1 {
            digits.removeFirst()
            point -= 1
        }
        while digits.hasSuffix("0"), digits.count > 1 { digits.removeLast() }
        if digits == "0" { point = 1 }
        return (negative, digits, point)
    }

    /// Python's `repr(bytes)`: `b'...'` with escapes.
    static func bytesRepr(_ bytes: [UInt8]) -> String {
        let useDouble = bytes.contains(0x27) && !bytes.contains(0x22)
        let quote: UInt8 = useDouble ? 0x22 : 0x27
        var text = "b" + String(UnicodeScalar(quote))
        for byte in bytes {
            switch byte {
            case 0x5C: text += "\\\\"
            case quote: text += "\\" + String(UnicodeScalar(quote))
            case 0x09: text += "\\t"
            case 0x0A: text += "\\n"
            case 0x0D: text += "\\r"
            case 0x20..<0x7F: text += String(UnicodeScalar(byte))
            default:
                let hex = "0123456789abcdef"
                let high = hex[hex.index(hex.startIndex, offsetBy: Int(byte >> 4))]
                let low = hex[hex.index(hex.startIndex, offsetBy: Int(byte & 0xF))]
                text += "\\x" + String(high) + String(low)
            }
        }
        return text + String(UnicodeScalar(quote))
    }
}

extension PythonFormat {
    /// Python's `repr(str)`: single quotes unless the text has a single quote and no double
    /// quote, with backslash escapes for control characters.
    static func stringRepr(_ value: String) -> String {
        let useDouble = value.contains("'") && !value.contains("\"")
        let quote: Character = useDouble ? "\"" : "'"
        var text = String(quote)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default:
                if Character(scalar) == quote {
                    text += "\\" + String(quote)
                } else if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) {
                    text += "\\x" + hex(scalar.value, width: 2)
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text.append(quote)
        return text
    }

    /// Lower-case hexadecimal digits, zero-padded.
    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
