/// Finds characters libyaml reads as whitespace but cloud-init's loader (PyYAML's pure-Python
/// scanner) does not, so that cloudcfg refuses what cloud-init refuses instead of silently
/// reading a value cloud-init never produces.
///
/// - A tab: PyYAML accepts one only inside a quoted scalar, in the lines of a block scalar and
///   in a comment. Elsewhere (`key:<tab>value`, `[a,<tab>b]`, a trailing tab after a value, a
///   tab in an unquoted scalar) it raises "found character '\t' that cannot start any token";
///   libyaml skips many of those tabs as blanks.
/// - A byte order mark (U+FEFF) at the start of a line: libyaml skips it, while PyYAML skips
///   only the one at the very start of the input and reads any other as text.
enum PyYAMLScannerCheck {
    /// The errors for the tabs and byte order marks PyYAML does not skip.
    ///
    /// - Parameters:
    ///   - source: The input.
    ///   - tabs: The offsets of every tab, ascending.
    ///   - byteOrderMarks: The offsets of every U+FEFF after a leading one, ascending.
    ///   - tabSpans: The ranges where PyYAML accepts a tab (quoted and block scalars), ascending.
    ///   - scalarSpans: The ranges of every scalar, ascending.
    ///   - comments: The comments, in order.
    ///   - stopOffset: Where parsing stopped early; nothing after it was scanned.
    /// - Returns: One error per line with such a character, in order.
    static func errors(
        source: SourceFile, tabs: [Int], byteOrderMarks: [Int], tabSpans: [Range<Int>],
        scalarSpans: [Range<Int>], comments: [YAMLComment], stopOffset: Int?
    ) -> [YAMLError] {
        var result: [YAMLError] = []
        let limit = stopOffset ?? source.bytes.count
        var spanIndex = 0
        var commentIndex = 0
        var lastLine = 0
        for tab in tabs where tab < limit {
            while spanIndex < tabSpans.count, tabSpans[spanIndex].upperBound <= tab { spanIndex += 1 }
            if spanIndex < tabSpans.count, tabSpans[spanIndex].contains(tab) { continue }
            while commentIndex < comments.count, comments[commentIndex].range.end.offset <= tab {
                commentIndex += 1
            }
            if commentIndex < comments.count, comments[commentIndex].range.start.offset <= tab { continue }
            let location = source.location(atOffset: tab)
            guard location.line != lastLine else { continue }
            lastLine = location.line
            result.append(.tab(at: SourceRange(start: location, end: source.location(atOffset: tab + 1))))
        }
        spanIndex = 0
        for mark in byteOrderMarks where mark < limit {
            let location = source.location(atOffset: mark)
            guard location.column == 1 else { continue }
            while spanIndex < scalarSpans.count, scalarSpans[spanIndex].upperBound <= mark { spanIndex += 1 }
            if spanIndex < scalarSpans.count, scalarSpans[spanIndex].contains(mark) { continue }
            result.append(.byteOrderMark(at: SourceRange(start: location, end: source.location(atOffset: mark + 3))))
        }
        return result
    }
}

extension YAMLError {
    fileprivate static func tab(at range: SourceRange) -> Self {
        YAMLError(
            .syntax,
            "found a tab that cannot start any token; cloud-init's YAML loader accepts tabs only inside quoted "
                + "scalars, block scalars and comments (use spaces)", at: range)
    }

    fileprivate static func byteOrderMark(at range: SourceRange) -> Self {
        YAMLError(
            .invalidCharacter,
            "a byte order mark (U+FEFF) at the start of a line; cloud-init's YAML loader reads it as text where "
                + "cloudcfg's parser skips it (remove it)", at: range)
    }
}
