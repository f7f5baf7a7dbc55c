import Testing

@testable import CloudConfig

/// The annotated output: golden files for inputs with tabs, wide and combining characters, long
/// lines, controls and multi-line spans (`Fixtures/lint/pretty`, goldens in `golden/pretty`),
/// and the layout rules checked one by one.
@Suite struct PrettyReporterTests {
    static func location(_ line: Int, _ column: Int, _ offset: Int = 0) -> CloudConfig.SourceLocation {
        CloudConfig.SourceLocation(line: line, column: column, offset: offset)
    }

    /// The inputs under `Fixtures/lint/pretty`, each with the golden of its annotated report.
    static let fixtures = [
        "tabs", "tab-error", "wide", "long-line", "controls", "escape-character", "bom", "multiline",
    ]

    static func result(_ name: String) throws -> LintResult {
        let bytes = try Golden.fixture("lint/pretty/\(name).yaml")
        return CoreRules.linter().lint(SourceFile(path: "lint/pretty/\(name).yaml", bytes: bytes))
    }

    @Test(arguments: fixtures)
    func golden(_ name: String) throws {
        let output = PrettyReporter().report([try Self.result(name)], rules: [])
        try Golden.assertMatches(output, golden: "pretty/\(name).txt")
    }

    @Test func goldenInColour() throws {
        let output = PrettyReporter(color: true).report([try Self.result("wide")], rules: [])
        try Golden.assertMatches(output, golden: "pretty/wide-color.txt")
        #expect(!PrettyReporter().report([try Self.result("wide")], rules: []).contains("\u{1B}"))
    }

    /// Every source line and every marker line fits the window, and every marker sits under
    /// printed text (or one column after it, for a caret at the end of a line), for every
    /// fixture and the reporting corpus, at several widths.
    @Test(arguments: [20, 40, 100])
    func snippetsFitTheirWindow(_ maxWidth: Int) throws {
        let results = try Self.fixtures.map(Self.result) + ReportingCorpus.results()
        let output = PrettyReporter(summary: false, maxWidth: maxWidth).report(results, rules: [])
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var checked = 0
        for (index, line) in lines.enumerated() {
            guard let text = Self.snippetText(line), index + 1 < lines.count,
                let markers = Self.markerText(lines[index + 1])
            else { continue }
            checked += 1
            let width = DisplayWidth.of(text)
            #expect(width <= maxWidth, "wider than \(maxWidth): \(line)")
            #expect(markers.count <= width + 1, "markers past the text: \(line)\n\(lines[index + 1])")
            #expect(markers.contains { $0 != " " })
        }
        #expect(checked > 40)
    }

    /// `12 | text` → `text`.
    static func snippetText(_ line: String) -> String? {
        guard let match = line.firstMatch(of: /^ *[0-9]+ \|(?: (.*))?$/) else { return nil }
        return match.output.1.map(String.init) ?? ""
    }

    /// `   | ^~~` → `^~~`.
    static func markerText(_ line: String) -> String? {
        guard let match = line.firstMatch(of: /^ +\| (.*)$/) else { return nil }
        return String(match.output.1)
    }

    // MARK: Layout

    static func report(_ text: String, _ diagnostics: [Diagnostic], maxWidth: Int = 100) -> String {
        let source = SourceFile(path: "f.yaml", text: text)
        let result = LintResult(path: "f.yaml", kind: .cloudConfig, diagnostics: diagnostics, source: source)
        return PrettyReporter(summary: false, maxWidth: maxWidth).report([result], rules: [])
    }

    static func range(_ text: String, _ line: Int, _ start: Int, _ end: Int) -> SourceRange {
        let source = SourceFile(path: "f.yaml", text: text)
        return SourceRange(
            start: source.location(line: line, column: start), end: source.location(line: line, column: end))
    }

    /// A finding inside base64 is placed in the decoded text: no line of the file is shown under
    /// it (the file's line 2 is base64, not the key), and a note names the decoded text.
    @Test func aPositionInADecodedTextShowsNoSnippetOfTheFile() throws {
        // "#cloud-config\npakages: [nginx]\n" in base64, as Azure custom data.
        let result = Linter().lint("I2Nsb3VkLWNvbmZpZwpwYWthZ2VzOiBbbmdpbnhdCg==\n", path: "custom-data")
        let diagnostic = try #require(result.diagnostics.first { $0.ruleID == .unknownKey })
        #expect(!diagnostic.envelope.isFile)
        let output = PrettyReporter().report([result], rules: [])
        #expect(output.contains("--> custom-data:2:1\n"))
        #expect(output.contains("= note: the position is in the text decoded as \(diagnostic.envelope)\n"))
        #expect(!output.contains("I2Nsb3Vk"))
    }

    @Test func headerArrowGutterAndCaret() {
        let text = "#cloud-config\nhostname: yes\n"
        let output = Self.report(text, [Diagnostic(.truthy, .warning, "m", at: Self.range(text, 2, 11, 14))])
        #expect(
            output == """
                warning[truthy]: m
                 --> f.yaml:2:11
                  |
                2 | hostname: yes
                  |           ^~~


                """)
    }

    /// Tabs expand to the next multiple of 4, so the caret under text after a tab depends on
    /// where the tab starts.
    @Test(arguments: [("\tx: 1", "    x: 1", 4), ("ab\tx: 1", "ab  x: 1", 4), ("abcd\tx: 1", "abcd    x: 1", 8)])
    func tabsExpandToTheNextStop(_ line: String, _ shown: String, _ caret: Int) {
        let text = "#cloud-config\n\(line)\n"
        let column = line.unicodeScalars.count - 3
        let output = Self.report(
            text, [Diagnostic(.unknownKey, .error, "m", at: Self.range(text, 2, column, column + 1))])
        #expect(output.contains("2 | \(shown)\n  | " + String(repeating: " ", count: caret) + "^\n"), "\(output)")
    }

    /// Wide characters take two columns and combining marks none, in the text before the span
    /// and in the span itself.
    @Test func wideAndCombiningCharactersAlign() {
        let text = "#cloud-config\n日本: [e\u{301}, 😀x]\n"
        let output = Self.report(
            text,
            [
                Diagnostic(.truthy, .warning, "wide", at: Self.range(text, 2, 1, 3)),
                Diagnostic(.truthy, .warning, "after", at: Self.range(text, 2, 11, 12)),
            ])
        // 日本 spans 4 columns; `x` follows `日本: [é, 😀` (4 + 3 + 1 + 2 + 2 = 12 columns).
        #expect(output.contains("  | ^~~~\n"), "\(output)")
        #expect(output.contains("  | " + String(repeating: " ", count: 12) + "^\n"), "\(output)")
    }

    /// A span past the end of its line and an empty span get one caret.
    @Test func emptySpansAndSpansAtTheEndOfALine() {
        let text = "#cloud-config\nkey:\n"
        let output = Self.report(
            text,
            [
                Diagnostic(.unknownKey, .error, "end", at: SourceRange(at: Self.location(2, 5, 18))),
                Diagnostic(.unknownKey, .error, "empty", at: SourceRange(at: Self.location(2, 1, 14))),
            ])
        #expect(output.contains("2 | key:\n  |     ^\n"))
        #expect(output.contains("2 | key:\n  | ^\n"))
    }

    /// A span over several lines is underlined to the end of its first line, and its end is
    /// named; one that ends at the start of the next line is a one-line span.
    @Test func multiLineSpans() {
        let text = "#cloud-config\nk:\n  a: 1\n  b: 22\nz: 1\n"
        let source = SourceFile(path: "f.yaml", text: text)
        let output = Self.report(
            text,
            [
                Diagnostic(
                    .typeMismatch, .error, "several",
                    at: SourceRange(
                        start: source.location(line: 3, column: 3), end: source.location(line: 4, column: 8))),
                Diagnostic(
                    .unknownKey, .error, "to the next line",
                    at: SourceRange(
                        start: source.location(line: 5, column: 1), end: source.location(line: 6, column: 1))),
            ])
        #expect(output.contains("3 |   a: 1\n  |   ^~~~\n  = the span ends at line 4, column 8\n"), "\(output)")
        #expect(output.contains("5 | z: 1\n  | ^~~~\n"), "\(output)")
        #expect(!output.contains("the span ends at line 6"))
    }

    /// Long lines are windowed around the span, with an ellipsis where text is cut, and the
    /// caret still under its text.
    @Test func longLinesAreWindowed() throws {
        let line = String(repeating: "a", count: 150) + " yes " + String(repeating: "b", count: 150)
        let text = "#cloud-config\n\(line)\n"
        let output = Self.report(
            text, [Diagnostic(.truthy, .warning, "m", at: Self.range(text, 2, 152, 155))], maxWidth: 40)
        let lines = output.split(separator: "\n").map(String.init)
        let shown = try #require(lines.first { $0.hasPrefix("2 | ") })
        let markers = try #require(lines.first { $0.contains("^") })
        let body = shown.dropFirst(4)
        #expect(body.hasPrefix("…") && body.hasSuffix("…"))
        #expect(DisplayWidth.of(String(body)) <= 40)
        let caret = markers.dropFirst(4)
        let offset = caret.prefix { $0 == " " }.count
        #expect(Array(body)[offset..<offset + 3] == ["y", "e", "s"], "\(output)")
    }

    /// A window never cuts a wide character in half.
    @Test func windowsKeepWideCharactersWhole() {
        let display = DisplayLine(String(repeating: "日", count: 100))
        for focus in stride(from: 0, to: 200, by: 7) {
            let window = display.window(showing: focus..<focus + 1, maxWidth: 21)
            #expect(window.start % 2 == 0 && window.end % 2 == 0)
            let shown = display.text(in: window)
            #expect(DisplayWidth.of(shown) <= 21)
            #expect(window.offset(of: focus - focus % 2) != nil)
        }
    }

    /// Control characters and bidirectional overrides in the source cannot reach the terminal.
    @Test func controlsAndBidirectionalOverridesAreShownNotObeyed() {
        let display = DisplayLine("a\u{1B}[31m\u{202E}b\u{7F}\u{85}c")
        let shown = display.text(in: display.window(showing: 0..<1, maxWidth: 100))
        #expect(shown == "a\u{241B}[31m\\u{202e}b\u{2421}\\u{0085}c")
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
    }

    /// Notes with a location get their own snippet, notes without one a `= note:` line; fix-its
    /// show the line after the edit with `~` under replaced and `+` under inserted text.
    @Test func notesAndFixes() {
        let text = "#cloud-config\npackages: [a]\npakages: [b]\nhostname: yes\n"
        let source = SourceFile(path: "f.yaml", text: text)
        let key = Self.range(text, 3, 1, 8)
        let value = Self.range(text, 4, 11, 14)
        let output = Self.report(
            text,
            [
                Diagnostic(
                    .unknownKey, .error, "misspelt", at: key,
                    notes: [Note("set here", at: Self.range(text, 2, 1, 9)), Note("no location")],
                    fixIts: [FixIt(message: "rename", edits: [TextEdit(range: key, replacement: "packages")])]),
                Diagnostic(
                    .truthy, .warning, "yes", at: value,
                    fixIts: [
                        FixIt(
                            message: "add a comment",
                            edits: [
                                TextEdit(
                                    range: SourceRange(at: source.location(line: 4, column: 14)), replacement: " # on")
                            ]
                        )
                    ]),
            ])
        #expect(
            output == """
                error[unknown-key]: misspelt
                 --> f.yaml:3:1
                  |
                3 | pakages: [b]
                  | ^~~~~~~
                  |
                  = note: no location
                note: set here
                 --> f.yaml:2:1
                  |
                2 | packages: [a]
                  | --------
                  |
                help: rename
                  |
                3 | packages: [b]
                  | ~~~~~~~~

                warning[truthy]: yes
                 --> f.yaml:4:11
                  |
                4 | hostname: yes
                  |           ^~~
                  |
                help: add a comment
                  |
                4 | hostname: yes # on
                  |              +++++


                """, "\(output)")
    }

    /// A fix-it that only deletes shows the line as it is, with `-` under what goes; one that
    /// changes many lines shows the first few.
    @Test func deletionsAndLongFixes() {
        let text = "#cloud-config\n" + (1...9).map { "k\($0): 1\r\n" }.joined()
        let source = SourceFile(path: "f.yaml", text: text)
        let crs = (2...10).map { line in
            let end = source.contentEnd(ofLine: line)
            return TextEdit(
                range: SourceRange(start: source.location(atOffset: end), end: source.location(atOffset: end + 1)),
                replacement: "")
        }
        let output = Self.report(
            text,
            [
                Diagnostic(
                    .crlfLineEndings, .warning, "CR LF", at: Self.range(text, 2, 6, 6),
                    fixIts: [FixIt(message: "drop the CRs", edits: crs)])
            ])
        #expect(output.contains("help: drop the CRs\n  |\n2 | k1: 1\n  |      -\n"), "\(output)")
        #expect(output.contains("6 | k5: 1\n  |      -\n...\n"), "\(output)")
        #expect(!output.contains("7 | "))
    }

    /// Without the source text (an input that could not be read) a finding is its header and
    /// location.
    @Test func withoutTheSourceTextOnlyTheHeaderAndLocation() {
        let result = LintResult(
            path: "gone.yaml", kind: .unknown,
            diagnostics: [Diagnostic(.missingInput, .error, "no such file", at: SourceRange(at: Self.location(1, 1)))])
        #expect(
            PrettyReporter(summary: false).report([result], rules: [])
                == "error[missing-input]: no such file\n --> gone.yaml:1:1\n\n")
    }

    /// A finding whose line is not in the text (a range from another coordinate system) gets no
    /// snippet rather than a wrong one.
    @Test func aLineOutsideTheFileGetsNoSnippet() {
        let text = "#cloud-config\n"
        let output = Self.report(text, [Diagnostic(.unknownKey, .error, "m", at: SourceRange(at: Self.location(7, 1)))])
        #expect(output == "error[unknown-key]: m\n --> f.yaml:7:1\n\n")
    }

    /// A huge one-line input is laid out only around the finding.
    @Test func aHugeLineCostsOnlyItsWindow() {
        let line = "k: [" + String(repeating: "aaaa, ", count: 200_000) + "yes]"
        let text = "#cloud-config\n\(line)\n"
        let column = line.unicodeScalars.count - 3
        let source = SourceFile(path: "f.yaml", text: text)
        let excerpt = SourceExcerpt(
            source, line: 2, focus: source.location(line: 2, column: column).offset, maxWidth: 100)
        #expect((excerpt?.display.cells.count ?? .max) <= 1300)
        let output = Self.report(
            text, [Diagnostic(.truthy, .warning, "m", at: Self.range(text, 2, column, column + 3))])
        #expect(output.contains("aaaa, yes]\n"))
    }

    // MARK: Summary

    @Test func summaryCountsByRuleAndSeverity() {
        let text = "#cloud-config\na: 1\n"
        let at = Self.range(text, 2, 1, 2)
        let result = LintResult(
            path: "f.yaml", kind: .cloudConfig,
            diagnostics: [
                Diagnostic(.truthy, .warning, "w", at: at), Diagnostic(.unknownKey, .error, "e", at: at),
                Diagnostic(.unknownKey, .error, "e2", at: at), Diagnostic(.truthy, .error, "configured", at: at),
                Diagnostic(.notLinted, .note, "n", at: at),
            ])
        let summary = PrettySummary(
            [result, LintResult(path: "g.yaml", kind: .cloudConfig, diagnostics: [])],
            style: TerminalStyle(enabled: false))
        #expect(
            summary.text == """
                rule         error  warning  note
                unknown-key      2        -     -
                truthy           1        1     -
                not-linted       -        -     1
                3 errors, 1 warning, 1 note in 2 files

                """)
        #expect(PrettySummary([], style: TerminalStyle(enabled: false)).text == "")
        #expect(
            PrettySummary(
                [LintResult(path: "g.yaml", kind: .cloudConfig, diagnostics: [])], style: TerminalStyle(enabled: false)
            ).text
                == "no findings in 1 file\n")
    }
}
