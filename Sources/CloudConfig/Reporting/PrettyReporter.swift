/// Findings as compilers such as rustc and clang show them on a terminal: a header with the
/// severity, rule and message; the source line with the span underlined (`^~~~`); notes, each
/// with its own snippet when it has a location; each fix-it as a suggested edit (`help:` and the
/// line as it would read after it); and a summary table of the findings by rule.
///
/// ```text
/// error[write-files-permissions]: the unquoted 755 is the decimal integer 755, …
///   --> user-data.yaml:15:18
///    |
/// 15 |     permissions: 755           # decimal 755 is mode 0o1363
///    |                  ^~~
/// help: quote it: '755'
///    |
/// 15 |     permissions: '755'           # decimal 755 is mode 0o1363
///    |                  ~~~~~
/// ```
///
/// Lines wider than ``maxWidth`` columns are windowed around the span, with `…` where they are
/// cut. Tabs expand to the next multiple of 4 columns; wide characters (CJK, emoji) take two
/// columns and combining marks none, so carets stay under their text; control characters and
/// bidirectional overrides in the source are shown as visible escapes. The snippets need the
/// source text: the reporter takes it from ``LintResult/source``, and for a note in another file
/// from the results of that file or the `sources` closure.
public struct PrettyReporter: Reporter {
    /// Whether to colour with ANSI escapes (only when writing to a terminal that shows colour).
    public let color: Bool
    /// Whether to end with the summary table.
    public let summary: Bool
    /// The widest a source line is shown, in terminal columns, before it is windowed.
    public let maxWidth: Int
    /// The text of a file that no result carries, by path, for notes that point into it.
    private let sources: @Sendable (String) -> SourceFile?

    /// `pretty`.
    public var identifier: String { "pretty" }

    /// Creates a reporter.
    ///
    /// - Parameters:
    ///   - color: Whether to use ANSI colours.
    ///   - summary: Whether to end with the summary table.
    ///   - maxWidth: The widest a source line is shown, in columns (at least 20).
    ///   - sources: The text of a file by path, for notes pointing into a file that is not
    ///     among the results; by default none.
    public init(
        color: Bool = false, summary: Bool = true, maxWidth: Int = 100,
        sources: @escaping @Sendable (String) -> SourceFile? = { _ in nil }
    ) {
        self.color = color
        self.summary = summary
        self.maxWidth = max(20, maxWidth)
        self.sources = sources
    }

    /// Renders every finding with its snippets, then the summary.
    public func report(_ results: [LintResult], rules: [RuleDescription]) -> String {
        var known: [String: SourceFile] = [:]
        for result in results {
            if known[result.path] == nil, let source = result.source { known[result.path] = source }
        }
        let lookup: (String) -> SourceFile? = { path in known[path] ?? sources(path) }
        var output = ""
        for result in results.sortedByPath {
            for diagnostic in result.diagnostics {
                output += render(diagnostic, in: result, sources: lookup)
            }
        }
        if summary { output += PrettySummary(results, style: style).text }
        return output
    }

    private var style: TerminalStyle { TerminalStyle(enabled: color) }

    /// One finding: header, snippet, notes and fix-its, then a blank line.
    func render(_ diagnostic: Diagnostic, in result: LintResult, sources: (String) -> SourceFile?) -> String {
        // A position in a decoded text (base64, gzip) is not in the file as given: no snippet
        // from the file, and the arrow names the decoded text.
        let decoded = !diagnostic.envelope.isFile
        let source = decoded ? nil : result.source ?? sources(result.path)
        // Locate every part first, so that the gutter fits the largest line number.
        let main = source.flatMap { snippet(diagnostic.range, in: $0, primary: true) }
        let located: [(note: Note, path: String, snippet: Snippet?)] = diagnostic.notes.compactMap { note in
            guard let range = note.range else { return nil }
            let path = result.path(of: note)
            let noteSource = path == result.path ? source : decoded && note.path == nil ? nil : sources(path)
            return (note, path, noteSource.flatMap { snippet(range, in: $0, primary: false) })
        }
        let previews: [(fixIt: FixIt, preview: FixPreview?)] = diagnostic.fixIts.map { fixIt in
            (fixIt, source.flatMap { FixPreview(fixIt, in: $0, maxWidth: maxWidth) })
        }
        var numbers = [diagnostic.range.start.line]
        numbers += main?.lines.map(\.number) ?? []
        numbers += located.flatMap { $0.snippet?.lines.map(\.number) ?? [] }
        numbers += previews.flatMap { $0.preview?.lines.map(\.number) ?? [] }
        let gutter = String(numbers.max() ?? 1).count
        let pad = String(repeating: " ", count: gutter)

        let severity = diagnostic.severity
        var output = style.severity(severity, "\(severity.rawValue)[\(diagnostic.ruleID)]")
        output += style.bold(": " + TextReporter.escaped(diagnostic.message)) + "\n"
        output += arrow(result.path, diagnostic.range.start, pad: pad)
        if decoded {
            output += pad + " " + style.gutter("=") + " " + style.bold("note") + ": "
            output +=
                "the position is in the text decoded as \(TextReporter.escaped(diagnostic.envelope.description))\n"
        }
        // Each part: its text, and whether it ends with a snippet (then a gutter line separates
        // it from what follows, as in rustc).
        var parts: [(text: String, isSnippet: Bool)] = []
        if let main { parts.append((render(main, severity: severity, pad: pad), true)) }
        for note in diagnostic.notes where note.range == nil {
            let text = pad + " " + style.gutter("=") + " " + style.bold("note") + ": "
            parts.append((text + TextReporter.escaped(note.message) + "\n", false))
        }
        for entry in located {
            var text = style.note("note") + ": " + TextReporter.escaped(entry.note.message) + "\n"
            if let range = entry.note.range { text += arrow(entry.path, range.start, pad: pad) }
            if let snippet = entry.snippet { text += render(snippet, severity: nil, pad: pad) }
            parts.append((text, entry.snippet != nil))
        }
        for entry in previews {
            var text = style.help("help") + ": " + TextReporter.escaped(entry.fixIt.message) + "\n"
            if let preview = entry.preview { text += render(preview, pad: pad) }
            parts.append((text, entry.preview != nil))
        }
        for (index, part) in parts.enumerated() {
            output += part.text
            if part.isSnippet, index + 1 < parts.count { output += pad + " " + style.gutter("|") + "\n" }
        }
        return output + "\n"
    }

    /// ` --> path:line:column`.
    private func arrow(_ path: String, _ location: SourceLocation, pad: String) -> String {
        pad + style.gutter("-->") + " " + TextReporter.escaped(path) + ":\(location.line):\(location.column)\n"
    }

    // MARK: Snippets

    /// The source lines of a range with its markers.
    struct Snippet {
        /// One shown line.
        struct Line {
            var number: Int
            var text: String
            var markers: String
        }

        var lines: [Line]
        /// Where a span over several lines ends, shown below the first line.
        var continuesTo: SourceLocation?
    }

    /// The first line of a range, windowed, with `^~~~` (or `----` for a note) under the span;
    /// a span over several lines is underlined to the end of its first line.
    func snippet(_ range: SourceRange, in source: SourceFile, primary: Bool) -> Snippet? {
        let line = range.start.line
        guard line >= 1, line <= source.lineCount else { return nil }
        let start = source.location(line: line, column: range.start.column).offset
        guard let excerpt = SourceExcerpt(source, line: line, focus: start, maxWidth: maxWidth) else { return nil }
        var lastLine = range.end.line
        // A span that ends at the start of a line ends with the line before it.
        if lastLine > line, range.end.column == 1 { lastLine -= 1 }
        let lower = excerpt.displayColumn(ofOffset: start)
        var upper: Int
        if lastLine <= line, range.end.line == line {
            let end = source.location(line: line, column: max(range.start.column, range.end.column)).offset
            upper = excerpt.displayColumn(ofOffset: end)
        } else {
            upper = excerpt.display.width
        }
        if upper <= lower { upper = lower + 1 }
        let window = excerpt.display.window(showing: lower..<upper, maxWidth: maxWidth)
        let markers = DisplayLine.markers(
            [(lower..<upper, primary ? "^" : "-", primary ? "~" : "-")], in: window)
        return Snippet(
            lines: [Snippet.Line(number: line, text: excerpt.display.text(in: window), markers: markers)],
            continuesTo: lastLine > line ? range.end : nil)
    }

    private func render(_ snippet: Snippet, severity: Severity?, pad: String) -> String {
        var output = pad + " " + style.gutter("|") + "\n"
        for line in snippet.lines {
            output += number(line.number, pad: pad, text: line.text)
            output += pad + " " + style.gutter("|") + " " + style.marker(severity, line.markers) + "\n"
        }
        if let end = snippet.continuesTo {
            output += pad + " " + style.gutter("=") + " the span ends at line \(end.line), column \(end.column)\n"
        }
        return output
    }

    private func render(_ preview: FixPreview, pad: String) -> String {
        var output = pad + " " + style.gutter("|") + "\n"
        var previous: Int?
        for line in preview.lines {
            if let previous, line.number > previous + 1 { output += style.gutter("...") + "\n" }
            previous = line.number
            let focus = (line.runs.first?.columns.lowerBound ?? 0)..<(line.runs.last?.columns.upperBound ?? 1)
            let window = line.display.window(showing: focus, maxWidth: maxWidth)
            let markers = DisplayLine.markers(line.runs.map { ($0.columns, $0.mark, $0.mark) }, in: window)
            output += number(line.number, pad: pad, text: line.display.text(in: window))
            output += pad + " " + style.gutter("|") + " " + style.fix(markers) + "\n"
        }
        if preview.isTruncated { output += style.gutter("...") + "\n" }
        return output
    }

    /// `12 | text` with the number right-aligned in the gutter, and a line break.
    private func number(_ value: Int, pad: String, text: String) -> String {
        let digits = String(value)
        let gutter = style.gutter(String(repeating: " ", count: max(0, pad.count - digits.count)) + digits + " |")
        return gutter + (text.isEmpty ? "" : " " + text) + "\n"
    }
}
