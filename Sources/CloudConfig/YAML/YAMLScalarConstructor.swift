import BigInt

/// Builds scalar values from tags exactly as PyYAML's `SafeConstructor` does, including the
/// cases where Python raises (which make cloud-init discard the whole user-data).
enum YAMLScalarConstructor {
    /// Constructs a scalar.
    ///
    /// - Parameters:
    ///   - tag: The resolved or explicit tag.
    ///   - text: The scalar's value.
    /// - Returns: The value, or a message saying why Python's constructor fails.
    static func construct(_ tag: YAMLTag, _ text: String) -> Result<YAMLScalar, ConstructionFailure> {
        switch tag {
        case .str, .pythonUnicode:
            return .success(.string(text))
        case .null:
            return .success(.null)
        case .bool:
            switch text.lowercased() {
            case "yes", "true", "on": return .success(.bool(true))
            case "no", "false", "off": return .success(.bool(false))
            default: return .failure(.init("cannot read \(PythonFormat.stringRepr(text)) as a boolean"))
            }
        case .int:
            return constructInt(text).map { .int($0) }
        case .float:
            return constructFloat(text).map { .float($0) }
        case .binary:
            return constructBinary(text).map { .binary($0) }
        case .timestamp:
            return constructTimestamp(text)
        case .merge, .value:
            return .failure(.init("could not determine a constructor for the tag '\(tag.uri)'"))
        case .seq, .map, .set, .omap, .pairs:
            return .failure(.init("\(tag) needs a collection, but found a scalar"))
        case .other(let uri):
            return .failure(.init("could not determine a constructor for the tag '\(uri)'"))
        }
    }

    /// A reason Python's constructor raises.
    struct ConstructionFailure: Error, Sendable, Hashable {
        var message: String
        init(_ message: String) { self.message = message }
    }

    // MARK: - int

    /// `construct_yaml_int`: underscores dropped, a sign, then `0b`, `0x`, leading-zero octal,
    /// sexagesimal or decimal.
    static func constructInt(_ text: String) -> Result<YAMLInteger, ConstructionFailure> {
        if let small = smallInt(text) { return .success(YAMLInteger(small)) }
        var value = Substring(text.filter { $0 != "_" })
        guard let first = value.first else {
            return .failure(.init("cannot read an empty string as an integer"))
        }
        var negative = false
        if first == "-" { negative = true }
        if first == "-" || first == "+" { value = value.dropFirst() }
        var failure: ConstructionFailure {
            ConstructionFailure("cannot read \(PythonFormat.stringRepr(text)) as an integer")
        }
        var result: BigInt
        if value == "0" {
            return .success(YAMLInteger(0))
        } else if value.hasPrefix("0b") {
            guard let parsed = pythonInt(value.dropFirst(2), radix: 2) else { return .failure(failure) }
            result = parsed
        } else if value.hasPrefix("0x") {
            guard let parsed = pythonInt(value.dropFirst(2), radix: 16) else { return .failure(failure) }
            result = parsed
        } else if value.first == "0" {
            guard let parsed = pythonInt(value, radix: 8) else { return .failure(failure) }
            result = parsed
        } else if value.contains(":") {
            result = 0
            for part in value.split(separator: ":", omittingEmptySubsequences: false) {
                guard let digit = pythonInt(part, radix: 10) else { return .failure(decimalFailure(part, text)) }
                result = result * 60 + digit
            }
        } else {
            guard let parsed = pythonInt(value, radix: 10) else { return .failure(decimalFailure(value, text)) }
            result = parsed
        }
        return .success(YAMLInteger(negative ? -result : result))
    }

    /// The common integers, quickly: an optional sign, then decimal digits without a leading
    /// zero (sexagesimal groups allowed), `0x` and hex digits, `0b` and binary digits, or `0`
    /// and octal digits, without underscores and short enough to fit a machine word. `nil` for
    /// anything else.
    static func smallInt(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { b -> Int? in
            var index = 0
            var negative = false
            if index < b.count, b[index] == UInt8(ascii: "-") || b[index] == UInt8(ascii: "+") {
                negative = b[index] == UInt8(ascii: "-")
                index += 1
            }
            guard index < b.count else { return nil }
            var radix = 10
            var maxDigits = 18
            if b[index] == UInt8(ascii: "0"), index + 1 < b.count {
                switch b[index + 1] {
                case UInt8(ascii: "x"): (radix, maxDigits, index) = (16, 15, index + 2)
                case UInt8(ascii: "b"): (radix, maxDigits, index) = (2, 62, index + 2)
                default: (radix, maxDigits, index) = (8, 20, index + 1)
                }
            }
            let digitCount = b.count - index
            guard digitCount > 0, digitCount <= maxDigits else { return nil }
            var total = 0
            var value = 0
            var groupDigits = 0
            for byte in UnsafeBufferPointer(rebasing: b[index...]) {
                let digit: Int
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = Int(byte - UInt8(ascii: "a")) + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = Int(byte - UInt8(ascii: "A")) + 10
                case UInt8(ascii: ":") where radix == 10 && groupDigits > 0:
                    // Sexagesimal: each group is read with Python's int() and added base 60.
                    total = total * 60 + value
                    value = 0
                    groupDigits = 0
                    continue
                default: return nil
                }
                guard digit < radix else { return nil }
                value = value * radix + digit
                groupDigits += 1
            }
            guard groupDigits > 0 else { return nil }
            let result = total * 60 + value
            return negative ? -result : result
        }
    }

    /// The most decimal digits Python 3.11 converts to an `int` (`sys.get_int_max_str_digits()`);
    /// a longer integer makes PyYAML raise `ValueError`.
    static let pythonMaxDecimalDigits = 4300

    private static func decimalFailure(_ digits: Substring, _ text: String) -> ConstructionFailure {
        let count = digits.utf8.count { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard count > pythonMaxDecimalDigits else {
            return ConstructionFailure("cannot read \(PythonFormat.stringRepr(text)) as an integer")
        }
        return ConstructionFailure(
            "an integer of \(count) decimal digits; Python refuses to convert more than "
                + "\(pythonMaxDecimalDigits), so cloud-init's YAML loader fails (quote it)")
    }

    /// Python's `int(text, radix)`: surrounding whitespace, one sign, an optional matching
    /// prefix (`0b`, `0o`, `0x`), digits with single underscores between them.
    static func pythonInt(_ text: Substring, radix: Int) -> BigInt? {
        var body = text.trimmingASCIIWhitespace()
        var negative = false
        if let first = body.first, first == "-" || first == "+" {
            negative = first == "-"
            body = body.dropFirst()
        }
        let prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : radix == 16 ? "0x" : ""
        if !prefix.isEmpty, body.lowercased().hasPrefix(prefix) {
            body = body.dropFirst(2)
            if body.first == "_" { body = body.dropFirst() }
        }
        guard let first = body.first, first != "_", body.last != "_", !body.contains("__") else {
            return nil
        }
        let digits = body.filter { $0 != "_" }
        if radix == 10, digits.utf8.count > pythonMaxDecimalDigits { return nil }
        if digits.count <= 15 {
            guard let small = Int(digits, radix: radix) else { return nil }
            return negative ? BigInt(-small) : BigInt(small)
        }
        guard let big = BigInt(digits, radix: radix) else { return nil }
        return negative ? -big : big
    }

    // MARK: - float

    /// `construct_yaml_float`: underscores dropped, lower-cased, a sign, `.inf`, `.nan`,
    /// sexagesimal, then Python's `float()`.
    static func constructFloat(_ text: String) -> Result<Double, ConstructionFailure> {
        if let plain = plainFloat(text) { return .success(plain) }
        var value = Substring(text.filter { $0 != "_" }.lowercased())
        guard let first = value.first else {
            return .failure(.init("cannot read an empty string as a float"))
        }
        let sign: Double = first == "-" ? -1 : 1
        if first == "-" || first == "+" { value = value.dropFirst() }
        var failure: ConstructionFailure {
            ConstructionFailure("cannot read \(PythonFormat.stringRepr(text)) as a float")
        }
        if value == ".inf" { return .success(sign * .infinity) }
        if value == ".nan" { return .success(.nan) }
        if value.contains(":") {
            var result = 0.0
            for part in value.split(separator: ":", omittingEmptySubsequences: false) {
                guard let digit = pythonFloat(part) else { return .failure(failure) }
                result = result * 60 + digit
            }
            return .success(sign * result)
        }
        guard let parsed = pythonFloat(value) else { return .failure(failure) }
        return .success(sign * parsed)
    }

    /// The common floats, quickly: an optional sign, digits with an optional point, and an
    /// optional exponent, with at least one digit before the exponent; `nil` for anything else.
    static func plainFloat(_ text: String) -> Double? {
        var copy = text
        let isPlain = copy.withUTF8 { b -> Bool in
            var index = 0
            if index < b.count, b[index] == UInt8(ascii: "-") || b[index] == UInt8(ascii: "+") { index += 1 }
            var sawDigit = false
            var sawPoint = false
            while index < b.count {
                let byte = b[index]
                if YAMLResolver.isDigit(byte) {
                    sawDigit = true
                } else if byte == UInt8(ascii: "."), !sawPoint {
                    sawPoint = true
                } else {
                    break
                }
                index += 1
            }
            guard sawDigit else { return false }
            if index == b.count { return true }
            guard b[index] == UInt8(ascii: "e") || b[index] == UInt8(ascii: "E") else { return false }
            index += 1
            if index < b.count, b[index] == UInt8(ascii: "-") || b[index] == UInt8(ascii: "+") { index += 1 }
            guard index < b.count else { return false }
            while index < b.count, YAMLResolver.isDigit(b[index]) { index += 1 }
            return index == b.count
        }
        return isPlain ? Double(text) : nil
    }

    /// Python's `float(text)` for lower-case text without underscores: surrounding whitespace,
    /// a sign, decimal digits with an optional point and exponent, `inf`, `infinity`, `nan`.
    static func pythonFloat(_ text: Substring) -> Double? {
        let body = text.trimmingASCIIWhitespace()
        var unsigned = body
        if let first = unsigned.first, first == "-" || first == "+" { unsigned = unsigned.dropFirst() }
        if unsigned == "inf" || unsigned == "infinity" || unsigned == "nan" {
            return Double(String(body))
        }
        var sawDigit = false
        var index = unsigned.startIndex
        while index < unsigned.endIndex, unsigned[index].isASCIIDigit {
            sawDigit = true
            index = unsigned.index(after: index)
        }
        if index < unsigned.endIndex, unsigned[index] == "." {
            index = unsigned.index(after: index)
            while index < unsigned.endIndex, unsigned[index].isASCIIDigit {
                sawDigit = true
                index = unsigned.index(after: index)
            }
        }
        guard sawDigit else { return nil }
        if index < unsigned.endIndex, unsigned[index] == "e" {
            index = unsigned.index(after: index)
            if index < unsigned.endIndex, unsigned[index] == "-" || unsigned[index] == "+" {
                index = unsigned.index(after: index)
            }
            guard index < unsigned.endIndex, unsigned[index].isASCIIDigit else { return nil }
            while index < unsigned.endIndex, unsigned[index].isASCIIDigit {
                index = unsigned.index(after: index)
            }
        }
        guard index == unsigned.endIndex else { return nil }
        return Double(String(body))
    }

    // MARK: - binary

    /// `construct_yaml_binary`: ASCII only, then Python's lenient `base64.decodebytes`.
    static func constructBinary(_ text: String) -> Result<[UInt8], ConstructionFailure> {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return .failure(.init("failed to convert base64 data into ascii"))
        }
        switch Base64.decodeLikePython(Array(text.utf8)) {
        case .success(let bytes): return .success(bytes)
        case .failure(let error): return .failure(.init("failed to decode base64 data: \(error.message)"))
        }
    }

    // MARK: - timestamp

    /// `construct_yaml_timestamp`: PyYAML's timestamp expression, then Python's `date` or
    /// `datetime`, which refuse impossible fields.
    static func constructTimestamp(_ text: String) -> Result<YAMLScalar, ConstructionFailure> {
        var text = text
        // Python's `$` also matches before one final line break.
        if text.hasSuffix("\n") && !text.hasSuffix("\r\n") { text.removeLast() }
        var shown: String { PythonFormat.stringRepr(text) }
        var failure: ConstructionFailure { ConstructionFailure("\(shown) is not a timestamp") }
        var bytes = text
        return bytes.withUTF8 { b -> Result<YAMLScalar, ConstructionFailure> in
            guard let parts = TimestampParts.match(b, requireTime: false) else { return .failure(failure) }
            func number(_ range: Range<Int>) -> Int {
                range.reduce(0) { $0 * 10 + Int(b[$1] - UInt8(ascii: "0")) }
            }
            let year = number(parts.year)
            let month = number(parts.month)
            let day = number(parts.day)
            guard let date = YAMLDate(year: year, month: month, day: day) else {
                return .failure(.init("\(shown) is not a valid date"))
            }
            guard let hour = parts.hour else { return .success(.date(date)) }
            var microsecond = 0
            if let fraction = parts.fraction, !fraction.isEmpty {
                let digits = fraction.prefix(6)
                microsecond = number(digits.lowerBound..<digits.upperBound)
                for _ in digits.count..<6 { microsecond *= 10 }
            }
            var offset: Int?
            if let sign = parts.zoneSign {
                let minutes = number(parts.zoneHour) * 60 + (parts.zoneMinute.map(number) ?? 0)
                offset = sign == UInt8(ascii: "-") ? -minutes : minutes
            } else if parts.zoneIsUTC {
                offset = 0
            }
            guard
                let dateTime = YAMLDateTime(
                    date: date, hour: number(hour), minute: number(parts.minute),
                    second: number(parts.second), microsecond: microsecond, utcOffsetMinutes: offset)
            else {
                return .failure(.init("\(shown) is not a valid date and time"))
            }
            return .success(.dateTime(dateTime))
        }
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits `0` to `9`.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension StringProtocol {
    /// The text without leading and trailing ASCII whitespace, as Python's `strip()` sees it for
    /// ASCII input.
    func trimmingASCIIWhitespace() -> SubSequence {
        let isSpace: (Character) -> Bool = { " \t\n\r\u{0B}\u{0C}".contains($0) }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
        let end = lastIndex(where: { !isSpace($0) }) ?? start
        return self[start...end]
    }
}
