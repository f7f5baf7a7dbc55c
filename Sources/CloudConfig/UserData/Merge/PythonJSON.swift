import BigInt

/// JSON read as Python's `json.loads` reads it for the `jsonpatch` library (with its `multidict`
/// pairs hook): integers unbounded, `NaN` and `Infinity` accepted, control characters refused in
/// strings, and a key written twice becoming the list of its values.
enum PythonJSON {
    /// Why the text is not JSON.
    struct Failure: Error {
        var message: String
    }

    /// Parses JSON text.
    ///
    /// - Parameter bytes: UTF-8 text, surrounding JSON whitespace allowed.
    /// - Returns: The value.
    /// - Throws: ``Failure`` for text `json.loads` refuses.
    static func parse(_ bytes: [UInt8]) throws(Failure) -> YAMLValue {
        var parser = Parser(bytes: bytes)
        parser.skipSpace()
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.index == bytes.count else { throw Failure(message: "Extra data") }
        return value
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        mutating func skipSpace() {
            while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        }

        func failure(_ message: String) -> Failure { Failure(message: "\(message) at byte \(index)") }

        mutating func value(depth: Int) throws(Failure) -> YAMLValue {
            guard depth < 900 else { throw failure("maximum recursion depth exceeded") }
            guard index < bytes.count else { throw failure("Expecting value") }
            switch bytes[index] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .scalar(.string(try string()))
            case UInt8(ascii: "n") where literal("null"): return .scalar(.null)
            case UInt8(ascii: "t") where literal("true"): return .scalar(.bool(true))
            case UInt8(ascii: "f") where literal("false"): return .scalar(.bool(false))
            case UInt8(ascii: "N") where literal("NaN"): return .scalar(.float(.nan))
            case UInt8(ascii: "I") where literal("Infinity"): return .scalar(.float(.infinity))
            case UInt8(ascii: "-") where literal("-Infinity"): return .scalar(.float(-.infinity))
            default: return try number()
            }
        }

        mutating func literal(_ word: String) -> Bool {
            let word = Array(word.utf8)
            guard bytes.count - index >= word.count, Array(bytes[index..<(index + word.count)]) == word else {
                return false
            }
            index += word.count
            return true
        }

        mutating func object(depth: Int) throws(Failure) -> YAMLValue {
            index += 1
            var keys: [String] = []
            var values: [String: [YAMLValue]] = [:]
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .mapping([])
            }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw failure("Expecting property name enclosed in double quotes")
                }
                let key = try string()
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                    throw failure("Expecting ':' delimiter")
                }
                index += 1
                skipSpace()
                let member = try value(depth: depth + 1)
                if values[key] == nil { keys.append(key) }
                values[key, default: []].append(member)
                skipSpace()
                guard index < bytes.count else { throw failure("Expecting ',' delimiter") }
                if bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    break
                }
                guard bytes[index] == UInt8(ascii: ",") else { throw failure("Expecting ',' delimiter") }
                index += 1
            }
            return .mapping(
                keys.map { key in
                    let all = values[key] ?? []
                    return YAMLValue.Entry(key: .scalar(.string(key)), value: all.count == 1 ? all[0] : .sequence(all))
                })
        }

        mutating func array(depth: Int) throws(Failure) -> YAMLValue {
            index += 1
            var items: [YAMLValue] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .sequence([])
            }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard index < bytes.count else { throw failure("Expecting ',' delimiter") }
                if bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    break
                }
                guard bytes[index] == UInt8(ascii: ",") else { throw failure("Expecting ',' delimiter") }
                index += 1
            }
            return .sequence(items)
        }

        mutating func string() throws(Failure) -> String {
            index += 1
            var scalars = String.UnicodeScalarView()
            var pendingHigh: UInt32?
            func flushHigh() {
                if pendingHigh != nil { scalars.append("\u{FFFD}") }
                pendingHigh = nil
            }
            while true {
                guard index < bytes.count else { throw failure("Unterminated string") }
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    index += 1
                    flushHigh()
                    return String(scalars)
                }
                if byte < 0x20 { throw failure("Invalid control character") }
                if byte == UInt8(ascii: "\\") {
                    guard index + 1 < bytes.count else { throw failure("Unterminated string") }
                    let escape = bytes[index + 1]
                    index += 2
                    var scalar: Unicode.Scalar?
                    switch escape {
                    case UInt8(ascii: "\""): scalar = "\""
                    case UInt8(ascii: "\\"): scalar = "\\"
                    case UInt8(ascii: "/"): scalar = "/"
                    case UInt8(ascii: "b"): scalar = "\u{8}"
                    case UInt8(ascii: "f"): scalar = "\u{C}"
                    case UInt8(ascii: "n"): scalar = "\n"
                    case UInt8(ascii: "r"): scalar = "\r"
                    case UInt8(ascii: "t"): scalar = "\t"
                    case UInt8(ascii: "u"):
                        guard index + 4 <= bytes.count,
                            let code = UInt32(String(decoding: bytes[index..<(index + 4)], as: UTF8.self), radix: 16)
                        else { throw failure("Invalid \\uXXXX escape") }
                        index += 4
                        if (0xD800...0xDBFF).contains(code) {
                            flushHigh()
                            pendingHigh = code
                            continue
                        }
                        if (0xDC00...0xDFFF).contains(code), let high = pendingHigh {
                            pendingHigh = nil
                            scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00))
                        } else {
                            // A lone surrogate has no place in a Swift string.
                            scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                        }
                    default:
                        throw failure("Invalid \\escape")
                    }
                    if let scalar {
                        if pendingHigh != nil, !(scalar.value >= 0x10000) { flushHigh() }
                        scalars.append(scalar)
                    }
                    continue
                }
                flushHigh()
                guard let (scalar, length) = UserDataContentType.decodeScalar(bytes, at: index) else {
                    throw failure("Invalid UTF-8")
                }
                scalars.append(scalar)
                index += length
            }
        }

        mutating func number() throws(Failure) -> YAMLValue {
            let start = index
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, (0x30...0x39).contains(bytes[index]) else { throw failure("Expecting value") }
            if bytes[index] == 0x30 {
                index += 1
            } else {
                while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            }
            var isFloat = false
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), (0x30...0x39).contains(bytes[index + 1]) {
                isFloat = true
                index += 1
                while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                var exponent = index + 1
                if exponent < bytes.count, bytes[exponent] == UInt8(ascii: "+") || bytes[exponent] == UInt8(ascii: "-")
                {
                    exponent += 1
                }
                if exponent < bytes.count, (0x30...0x39).contains(bytes[exponent]) {
                    isFloat = true
                    index = exponent
                    while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
                }
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            if isFloat { return .scalar(.float(Double(text) ?? .nan)) }
            guard let integer = BigInt(text) else { throw failure("Expecting value") }
            return .scalar(.int(YAMLInteger(integer)))
        }
    }
}
