/// How the first line of a would-be cloud-config compares with the `#cloud-config` header that
/// cloud-init looks for.
package struct HeaderAnalysis: Sendable, Hashable {
    /// What the first line is.
    package enum Verdict: Sendable, Hashable {
        /// Exactly `#cloud-config` (trailing blanks allowed).
        case exact
        /// cloud-init recognises it at boot (it compares lower-cased, after stripping leading
        /// whitespace, by prefix), but other tools and `cloud-init schema` 22.4.2 do not.
        case tolerated(String)
        /// Close to the header, but cloud-init does not recognise it and ignores the file.
        case malformed(String)
        /// No header: the first line is content.
        case missing
        /// Another user-data header (`#!`, `#include`, ...).
        case otherKind
    }

    /// The verdict.
    package let verdict: Verdict
    /// The range of the first line that is not blank (after a byte order mark).
    package let lineRange: SourceRange
    /// That line's text.
    package let lineText: String

    /// The canonical header.
    package static let header = "#cloud-config"

    /// Analyses a source's first line.
    ///
    /// - Parameter source: The input.
    package init(_ source: SourceFile) {
        self.init(source, detectedKind: nil)
    }

    /// Analyses a source's first line, given what ``UserDataKind/detect(_:)`` says its bytes
    /// are, when already asked (used only for a source without a byte order mark, whose content
    /// is its bytes).
    ///
    /// - Parameters:
    ///   - source: The input.
    ///   - detectedKind: `UserDataKind.detect(source.bytes)`, if known.
    init(_ source: SourceFile, detectedKind: UserDataKind?) {
        // cloud-init strips leading whitespace as Python's `str.lstrip` does (any Unicode
        // whitespace), with the same sniffer that types envelope parts (``UserDataKind/detect(_:)``).
        var line = 1
        while line < source.lineCount, source.lineText(line).unicodeScalars.allSatisfy(PythonText.isWhitespace) {
            line += 1
        }
        let text = source.lineText(line)
        let start = source.location(line: line, column: 1)
        lineRange = SourceRange(start: start, end: source.location(atOffset: source.contentEnd(ofLine: line)))
        lineText = text
        // The bytes after a byte order mark; without one (most input), the source's own array.
        let kind: UserDataKind
        if source.contentStart == 0 {
            kind = detectedKind ?? UserDataKind.detect(source.bytes)
        } else {
            kind = UserDataKind.detect(Array(source.bytes[source.contentStart...]))
        }
        if kind != .cloudConfig && kind != .unknown {
            verdict = .otherKind
        } else if kind == .cloudConfig {
            if text.trimmingTrailingBlanks() == Self.header, line == 1 {
                verdict = .exact
            } else if line > 1 || text.unicodeScalars.first.map(PythonText.isWhitespace) == true {
                verdict = .tolerated("blank space comes before '#cloud-config'")
            } else {
                // The stripped line is spelt out only for a header that is not exact.
                let trimmed = PythonText.strip(text)
                if trimmed.lowercased().hasPrefix(Self.header), trimmed.hasPrefix(Self.header) {
                    verdict = .tolerated("'\(trimmed)' has characters after '#cloud-config'")
                } else {
                    verdict = .tolerated("'\(trimmed)' is not in lower case")
                }
            }
        } else {
            verdict = Self.nearMiss(PythonText.strip(text)) ?? .missing
        }
    }

    /// Whether the first line is, or evidently means to be, `#cloud-config`.
    package var isMeantAsCloudConfig: Bool {
        switch verdict {
        case .exact, .tolerated, .malformed: true
        case .missing, .otherKind: false
        }
    }

    /// Recognises first lines that are a damaged `#cloud-config`.
    static func nearMiss(_ line: String) -> Verdict? {
        let lower = line.lowercased()
        guard lower.hasPrefix("#") || lower.hasPrefix("cloud") else { return nil }
        if lower.hasPrefix("#") {
            let afterHash = lower.dropFirst().drop { $0 == " " || $0 == "\t" }
            if afterHash.hasPrefix("cloud-config"), lower.dropFirst().first == " " || lower.dropFirst().first == "\t" {
                return .malformed(
                    "'\(line)' is a comment, not a header: cloud-init needs '#cloud-config' with no space after '#'")
            }
        }
        let word = lower.prefix { $0 != ":" && $0 != " " && $0 != "\t" }
        let squeezed = String(word.filter { $0 != " " })
        if squeezed == "cloud-config" || squeezed == "cloud_config" || squeezed == "cloudconfig" {
            return .malformed("'\(line)' is not a header: cloud-init needs '#cloud-config'")
        }
        // Blanks inside the header (`#cloud config`, `#cloud -config`) split it into words.
        let compact = String(lower.filter { $0 != " " && $0 != "\t" })
        if compact.hasPrefix("#"), compact.count <= Self.header.count + 3,
            editDistance(compact, Self.header, limit: 3) <= 3
        {
            return .malformed("'\(line)' is not a header cloud-init recognises; did you mean '#cloud-config'?")
        }
        if squeezed.hasPrefix("#"), editDistance(squeezed, Self.header, limit: 3) <= 3 {
            return .malformed("'\(line)' is not a header cloud-init recognises; did you mean '#cloud-config'?")
        }
        return nil
    }

    /// The Levenshtein distance between two strings, or `limit + 1` when it exceeds `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
    }

    /// The Levenshtein distance between two sequences of Unicode scalars, capped at `limit + 1`.
    ///
    /// Only the cells within `limit` of the diagonal are computed (any path through another cell
    /// costs more than `limit`), and the walk stops once a whole row exceeds `limit`: linear in the
    /// length for a small limit, since names are compared with every known name.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        guard abs(a.count - b.count) <= limit else { return limit + 1 }
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        let cap = limit + 1
        var previous = (0...b.count).map { min($0, cap) }
        var current = Array(repeating: cap, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            current[0] = min(i, cap)
            if low > 1 { current[low - 1] = cap }
            var rowMinimum = current[0]
            if low <= high {
                for j in low...high {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, cap)
                    current[j] = value
                    rowMinimum = min(rowMinimum, value)
                }
            }
            if high < b.count { current[high + 1] = cap }
            guard rowMinimum < cap else { return cap }
            swap(&previous, &current)
        }
        return min(previous[b.count], cap)
    }
}

extension StringProtocol {
    /// The text without trailing spaces and tabs.
    func trimmingTrailingBlanks() -> SubSequence {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\t" else { break }
            end = before
        }
        return self[startIndex..<end]
    }
}
