import Synchronization

/// Checks string formats and regular expressions as cloud-init's validator does on Debian:
/// `uri` with RFC 3986's grammar (Debian's python3-rfc3987), `date` as Python 3.11's
/// `date.fromisoformat`. `hostname` is not checked, as Debian's validator does not check it (its
/// jsonschema has no checker without the `fqdn` module) and nothing at boot does: cc_ntp writes
/// the text into the client's configuration as it is, and names such as `ntp_1.example.com`
/// resolve. The one form that breaks, a port, has its own rule (`ntp-server-port`). Patterns are
/// searched, as Python's `re.search` does.
final class FormatChecker: Sendable {
    private let cache = Mutex<[String: Regex<AnyRegexOutput>?]>([:])

    /// One checker for the process, so that each pattern is compiled once.
    static let shared = FormatChecker()

    /// Whether a regular expression matches somewhere in a string; an expression Swift cannot
    /// compile counts as matching, so that it never produces a false finding.
    func search(_ pattern: String, in text: String) -> Bool {
        let regex = cache.withLock { cache -> Regex<AnyRegexOutput>? in
            if let cached = cache[pattern] { return cached }
            let compiled = try? Regex(pattern)
            cache[pattern] = compiled
            return compiled
        }
        guard let regex else { return true }
        return (try? regex.firstMatch(in: text)) != nil
    }

    /// Whether a string has a format.
    func check(_ format: SchemaFormat, _ text: String) -> Bool {
        switch format {
        case .uri: Self.isURI(text)
        case .date: Self.isISODate(text)
        case .hostname: true
        }
    }

    // MARK: - uri

    private static func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    private static func isHex(_ c: UInt8) -> Bool { isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66) }
    private static func isUnreserved(_ c: UInt8) -> Bool {
        isAlpha(c) || isDigit(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: ".") || c == UInt8(ascii: "_")
            || c == UInt8(ascii: "~")
    }
    private static func isSubDelim(_ c: UInt8) -> Bool { Array("!$&'()*+,;=".utf8).contains(c) }

    /// Whether bytes are `*( unreserved / pct-encoded / sub-delims / extra )`.
    private static func isEncoded(_ bytes: ArraySlice<UInt8>, extra: String) -> Bool {
        let extras = Array(extra.utf8)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let c = bytes[index]
            if c == UInt8(ascii: "%") {
                guard index + 2 < bytes.endIndex, isHex(bytes[index + 1]), isHex(bytes[index + 2]) else {
                    return false
                }
                index += 3
                continue
            }
            guard isUnreserved(c) || isSubDelim(c) || extras.contains(c) else { return false }
            index += 1
        }
        return true
    }

    /// RFC 3986 `URI`: a scheme, `:`, a hierarchical part, an optional query and fragment.
    static func isURI(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0, isAlpha(bytes[0]),
            bytes[1..<colon].allSatisfy({
                isAlpha($0) || isDigit($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-")
                    || $0 == UInt8(ascii: ".")
            })
        else { return false }
        var rest = bytes[(colon + 1)...]
        if let hash = rest.firstIndex(of: UInt8(ascii: "#")) {
            guard isEncoded(rest[(hash + 1)...], extra: ":@/?") else { return false }
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: UInt8(ascii: "?")) {
            guard isEncoded(rest[(question + 1)...], extra: ":@/?") else { return false }
            rest = rest[..<question]
        }
        var path = rest
        if rest.starts(with: Array("//".utf8)) {
            let authorityStart = rest.startIndex + 2
            let authorityEnd = rest[authorityStart...].firstIndex(of: UInt8(ascii: "/")) ?? rest.endIndex
            guard isAuthority(rest[authorityStart..<authorityEnd]) else { return false }
            path = rest[authorityEnd...]
        } else if path.starts(with: Array("//".utf8)) {
            return false
        }
        return isEncoded(path, extra: ":@/")
    }

    private static func isAuthority(_ authority: ArraySlice<UInt8>) -> Bool {
        var hostPart = authority
        if let at = authority.lastIndex(of: UInt8(ascii: "@")) {
            guard isEncoded(authority[..<at], extra: ":") else { return false }
            hostPart = authority[(at + 1)...]
        }
        if hostPart.first == UInt8(ascii: "[") {
            guard let close = hostPart.firstIndex(of: UInt8(ascii: "]")) else { return false }
            let literal = hostPart[(hostPart.startIndex + 1)..<close]
            guard !literal.isEmpty,
                literal.allSatisfy({ isHex($0) || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") })
                    || (literal.first.map { $0 | 0x20 } == UInt8(ascii: "v") && isEncoded(literal, extra: ":"))
            else { return false }
            let after = hostPart[(close + 1)...]
            return after.isEmpty || (after.first == UInt8(ascii: ":") && after.dropFirst().allSatisfy(isDigit))
        }
        var host = hostPart
        if let colon = hostPart.lastIndex(of: UInt8(ascii: ":")) {
            guard hostPart[(colon + 1)...].allSatisfy(isDigit) else { return false }
            host = hostPart[..<colon]
        }
        return isEncoded(host, extra: "")
    }

    // MARK: - date

    /// Python 3.11's `date.fromisoformat` on ASCII text: `YYYY-MM-DD`, `YYYYMMDD`, and the week
    /// forms `YYYY-Www`, `YYYYWww`, `YYYY-Www-D`, `YYYYWwwD`.
    static func isISODate(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard [7, 8, 10].contains(b.count), b.allSatisfy({ $0 < 0x80 }) else { return false }
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= b.count, b[range].allSatisfy(isDigit) else { return nil }
            return b[range].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        guard let year = number(0..<4), year >= 1 else { return false }
        let separated = b[4] == UInt8(ascii: "-")
        var position = separated ? 5 : 4
        if position < b.count, b[position] == UInt8(ascii: "W") {
            position += 1
            guard let week = number(position..<(position + 2)) else { return false }
            position += 2
            var day = 1
            if b.count > position {
                guard (b[position] == UInt8(ascii: "-")) == separated else { return false }
                if separated { position += 1 }
                guard position + 1 == b.count, let parsed = number(position..<(position + 1)) else { return false }
                day = parsed
            }
            return (1...53).contains(week) && (1...7).contains(day)
                && (week < 53 || Self.hasWeek53(year))
        }
        guard let month = number(position..<(position + 2)) else { return false }
        position += 2
        guard position < b.count, (b[position] == UInt8(ascii: "-")) == separated else { return false }
        if separated { position += 1 }
        guard position + 2 == b.count, let day = number(position..<(position + 2)) else { return false }
        return YAMLDate(year: year, month: month, day: day) != nil
    }

    /// Whether an ISO year has 53 weeks (it starts on a Thursday, or is a leap year starting on a
    /// Wednesday).
    private static func hasWeek53(_ year: Int) -> Bool {
        func weekday(ofJanuaryFirst year: Int) -> Int {
            // 0001-01-01 was a Monday (0); count days since then.
            let y = year - 1
            return (y * 365 + y / 4 - y / 100 + y / 400) % 7
        }
        let first = weekday(ofJanuaryFirst: year)
        let leap = YAMLDate.daysIn(month: 2, year: year) == 29
        return first == 3 || (leap && first == 2)
    }
}
