/// Tag resolution for plain scalars, exactly as PyYAML's `Resolver` (YAML 1.1) does it.
///
/// Each matcher mirrors one of PyYAML's implicit-resolver regular expressions, written by hand
/// over UTF-8 bytes so that resolving a scalar costs a few comparisons.
enum YAMLResolver {
    /// The tag PyYAML gives a plain (unquoted, untagged) scalar.
    ///
    /// - Parameter text: The scalar's value.
    /// - Returns: `.str` when no implicit resolver matches.
    static func implicitTag(_ text: String) -> YAMLTag {
        var text = text
        return text.withUTF8 { implicitTag(bytes: $0) }
    }

    /// The tag PyYAML gives a plain scalar, from its UTF-8 bytes.
    ///
    /// Python's `$` also matches before a final line break, so a value that ends with one (a
    /// block scalar or a quoted scalar tagged `!`) resolves as the text before it: `! "12\n"` is
    /// an integer.
    static func implicitTag(bytes b: UnsafeBufferPointer<UInt8>) -> YAMLTag {
        if b.count >= 2, b[b.count - 1] == UInt8(ascii: "\n") {
            return matchingTag(UnsafeBufferPointer(rebasing: b[..<(b.count - 1)]))
        }
        return matchingTag(b)
    }

    /// The tag of the first of PyYAML's implicit resolvers for the first character that matches
    /// the whole text.
    private static func matchingTag(_ b: UnsafeBufferPointer<UInt8>) -> YAMLTag {
        guard let first = b.first else { return .null }
        switch first {
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
            UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"),
            UInt8(ascii: "o"), UInt8(ascii: "O"):
            if isBool(b) { return .bool }
            if (first == UInt8(ascii: "n") || first == UInt8(ascii: "N")) && isNull(b) {
                return .null
            }
            return .str
        case UInt8(ascii: "~"):
            return b.count == 1 ? .null : .str
        case UInt8(ascii: "<"):
            return b.count == 2 && b[1] == UInt8(ascii: "<") ? .merge : .str
        case UInt8(ascii: "="):
            return b.count == 1 ? .value : .str
        case UInt8(ascii: "."):
            return isFloat(b) ? .float : .str
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if isFloat(b) { return .float }
            if isInt(b) { return .int }
            if isDigit(first) && isTimestamp(b) { return .timestamp }
            return .str
        default:
            return .str
        }
    }

    // MARK: - Matchers

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool {
        c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")
    }

    @inline(__always) static func isDigitOrUnderscore(_ c: UInt8) -> Bool {
        isDigit(c) || c == UInt8(ascii: "_")
    }

    /// `yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF`: one of the
    /// words in lower case, in capitalised form or in upper case.
    static func isBool(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let word: StaticString
        switch (b.count, b[0] | 0x20) {
        case (2, UInt8(ascii: "n")): word = "no"
        case (2, UInt8(ascii: "o")): word = "on"
        case (3, UInt8(ascii: "y")): word = "yes"
        case (3, UInt8(ascii: "o")): word = "off"
        case (4, UInt8(ascii: "t")): word = "true"
        case (5, UInt8(ascii: "f")): word = "false"
        default: return false
        }
        return hasCasedForm(b, of: word)
    }

    /// Whether the bytes are exactly a word.
    static func equals(_ b: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        b.elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }

    /// Whether the bytes are a lower-case word as written, capitalised, or all in upper case.
    static func hasCasedForm(_ b: UnsafeBufferPointer<UInt8>, of word: StaticString) -> Bool {
        let lower = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard b.count == lower.count else { return false }
        var allLower = true
        var capitalised = true
        var allUpper = true
        for index in 0..<b.count {
            let byte = b[index]
            let upper = lower[index] - 0x20
            if byte != lower[index] {
                allLower = false
                if index > 0 { capitalised = false }
            }
            if byte != upper {
                allUpper = false
                if index == 0 { capitalised = false }
            }
        }
        return allLower || capitalised || allUpper
    }

    /// `~|null|Null|NULL|` (the empty string is handled by the caller).
    static func isNull(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        hasCasedForm(b, of: "null")
    }

    /// After `:` in a sexagesimal number: one or two digits (`[0-5]?[0-9]`) followed by `:`, the
    /// end, or (for floats) the `.` that starts the fraction. Returns the index after the group.
    static func sexagesimalGroup(
        _ b: UnsafeBufferPointer<UInt8>, at start: Int, allowDot: Bool
    ) -> Int? {
        func boundary(_ i: Int) -> Bool {
            i == b.count || b[i] == UInt8(ascii: ":") || (allowDot && b[i] == UInt8(ascii: "."))
        }
        if start + 1 < b.count, b[start] >= UInt8(ascii: "0"), b[start] <= UInt8(ascii: "5"),
            isDigit(b[start + 1]), boundary(start + 2)
        {
            return start + 2
        }
        if start < b.count, isDigit(b[start]), boundary(start + 1) { return start + 1 }
        return nil
    }

    /// PyYAML's int expression:
    /// `[-+]?0b[0-1_]+ | [-+]?0[0-7_]+ | [-+]?(?:0|[1-9][0-9_]*) | [-+]?0x[0-9a-fA-F_]+ |
    /// [-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+`.
    static func isInt(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+") { i = 1 }
        guard i < b.count else { return false }
        let n = b.count
        if b[i] == UInt8(ascii: "0") {
            if i + 1 == n { return true }
            let next = b[i + 1]
            if next == UInt8(ascii: "b") {
                guard i + 2 < n else { return false }
                return b[(i + 2)...].allSatisfy {
                    $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") || $0 == UInt8(ascii: "_")
                }
            }
            if next == UInt8(ascii: "x") {
                guard i + 2 < n else { return false }
                return b[(i + 2)...].allSatisfy { c in
                    isDigit(c) || c == UInt8(ascii: "_")
                        || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "f"))
                        || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "F"))
                }
            }
            return b[(i + 1)...].allSatisfy {
                ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7")) || $0 == UInt8(ascii: "_")
            }
        }
        guard b[i] >= UInt8(ascii: "1"), b[i] <= UInt8(ascii: "9") else { return false }
        i += 1
        while i < n, isDigitOrUnderscore(b[i]) { i += 1 }
        if i == n { return true }
        // Sexagesimal: one or more `:` groups to the end.
        while i < n {
            guard b[i] == UInt8(ascii: ":"),
                let after = sexagesimalGroup(b, at: i + 1, allowDot: false)
            else { return false }
            i = after
        }
        return true
    }

    /// `[eE][-+][0-9]+` at `i` running to the end.
    static func isExponentToEnd(_ b: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var i = start
        guard i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") else {
            return false
        }
        i += 1
        guard i < b.count, b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") else {
            return false
        }
        i += 1
        guard i < b.count else { return false }
        return b[i...].allSatisfy(isDigit)
    }

    /// PyYAML's float expression:
    /// `[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)? | \.[0-9][0-9_]*(?:[eE][-+][0-9]+)? |
    /// [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]* | [-+]?\.(?:inf|Inf|INF) | \.(?:nan|NaN|NAN)`.
    static func isFloat(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        var signed = false
        if b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+") {
            i = 1
            signed = true
        }
        guard i < n else { return false }
        if b[i] == UInt8(ascii: ".") {
            let rest = UnsafeBufferPointer(rebasing: b[(i + 1)...])
            if hasCasedForm(rest, of: "inf") { return true }
            if signed { return false }
            if equals(rest, "nan") || equals(rest, "NaN") || equals(rest, "NAN") { return true }
            // `\.[0-9][0-9_]*` then an optional exponent.
            var j = i + 1
            guard j < n, isDigit(b[j]) else { return false }
            j += 1
            while j < n, isDigitOrUnderscore(b[j]) { j += 1 }
            return j == n || isExponentToEnd(b, at: j)
        }
        guard isDigit(b[i]) else { return false }
        i += 1
        while i < n, isDigitOrUnderscore(b[i]) { i += 1 }
        guard i < n else { return false }
        if b[i] == UInt8(ascii: ".") {
            i += 1
            while i < n, isDigitOrUnderscore(b[i]) { i += 1 }
            return i == n || isExponentToEnd(b, at: i)
        }
        // Sexagesimal float: `:` groups, then `.` and `[0-9_]*`.
        guard b[i] == UInt8(ascii: ":") else { return false }
        while i < n, b[i] == UInt8(ascii: ":") {
            guard let after = sexagesimalGroup(b, at: i + 1, allowDot: true) else { return false }
            i = after
        }
        guard i < n, b[i] == UInt8(ascii: ".") else { return false }
        i += 1
        while i < n, isDigitOrUnderscore(b[i]) { i += 1 }
        return i == n
    }

    /// PyYAML's implicit timestamp expression: `YYYY-MM-DD`, or a date with one- or two-digit
    /// month and day followed by a time, an optional fraction and an optional zone.
    static func isTimestamp(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        if n == 10, (0..<4).allSatisfy({ isDigit(b[$0]) }), b[4] == UInt8(ascii: "-"),
            isDigit(b[5]), isDigit(b[6]), b[7] == UInt8(ascii: "-"), isDigit(b[8]),
            isDigit(b[9])
        {
            return true
        }
        guard let parts = TimestampParts.match(b, requireTime: true) else { return false }
        return parts.hour != nil
    }
}

/// The fields of PyYAML's timestamp expression, as byte ranges.
struct TimestampParts {
    var year: Range<Int>
    var month: Range<Int>
    var day: Range<Int>
    var hour: Range<Int>?
    var minute: Range<Int> = 0..<0
    var second: Range<Int> = 0..<0
    var fraction: Range<Int>?
    var zoneIsUTC = false
    var zoneSign: UInt8?
    var zoneHour: Range<Int> = 0..<0
    var zoneMinute: Range<Int>?

    /// Matches PyYAML's constructor expression (or, with `requireTime`, the time branch of its
    /// resolver expression, which is the same from the date on).
    static func match(_ b: UnsafeBufferPointer<UInt8>, requireTime: Bool) -> TimestampParts? {
        let n = b.count
        func digits(_ i: Int, min: Int, max: Int) -> Int? {
            var j = i
            while j < n, j - i < max, YAMLResolver.isDigit(b[j]) { j += 1 }
            return j - i >= min ? j : nil
        }
        guard let yearEnd = digits(0, min: 4, max: 4), yearEnd < n, b[yearEnd] == UInt8(ascii: "-"),
            let monthEnd = digits(yearEnd + 1, min: 1, max: 2), monthEnd < n,
            b[monthEnd] == UInt8(ascii: "-"),
            let dayEnd = digits(monthEnd + 1, min: 1, max: 2)
        else { return nil }
        var parts = TimestampParts(
            year: 0..<4, month: (yearEnd + 1)..<monthEnd,
            day: (monthEnd + 1)..<dayEnd)
        var i = dayEnd
        if i == n { return requireTime ? nil : parts }
        // `[Tt]` or `[ \t]+`.
        if b[i] == UInt8(ascii: "T") || b[i] == UInt8(ascii: "t") {
            i += 1
        } else if b[i] == UInt8(ascii: " ") || b[i] == UInt8(ascii: "\t") {
            while i < n, b[i] == UInt8(ascii: " ") || b[i] == UInt8(ascii: "\t") { i += 1 }
        } else {
            return nil
        }
        guard let hourEnd = digits(i, min: 1, max: 2), hourEnd < n, b[hourEnd] == UInt8(ascii: ":"),
            let minuteEnd = digits(hourEnd + 1, min: 2, max: 2), minuteEnd - hourEnd == 3,
            minuteEnd < n, b[minuteEnd] == UInt8(ascii: ":"),
            let secondEnd = digits(minuteEnd + 1, min: 2, max: 2)
        else { return nil }
        parts.hour = i..<hourEnd
        parts.minute = (hourEnd + 1)..<minuteEnd
        parts.second = (minuteEnd + 1)..<secondEnd
        i = secondEnd
        if i < n, b[i] == UInt8(ascii: ".") {
            var j = i + 1
            while j < n, YAMLResolver.isDigit(b[j]) { j += 1 }
            parts.fraction = (i + 1)..<j
            i = j
        }
        if i == n { return parts }
        while i < n, b[i] == UInt8(ascii: " ") || b[i] == UInt8(ascii: "\t") { i += 1 }
        guard i < n else { return nil }
        if b[i] == UInt8(ascii: "Z") {
            parts.zoneIsUTC = true
            return i + 1 == n ? parts : nil
        }
        guard b[i] == UInt8(ascii: "-") || b[i] == UInt8(ascii: "+") else { return nil }
        parts.zoneSign = b[i]
        guard let zoneHourEnd = digits(i + 1, min: 1, max: 2) else { return nil }
        parts.zoneHour = (i + 1)..<zoneHourEnd
        i = zoneHourEnd
        if i == n { return parts }
        guard b[i] == UInt8(ascii: ":"), let zoneMinuteEnd = digits(i + 1, min: 2, max: 2),
            zoneMinuteEnd == n
        else { return nil }
        parts.zoneMinute = (i + 1)..<zoneMinuteEnd
        return parts
    }
}
