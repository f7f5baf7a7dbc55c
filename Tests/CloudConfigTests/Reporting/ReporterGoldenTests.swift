import Foundation
import Testing

@testable import CloudConfig

/// Every reporter's output for the fixed corpus, compared byte for byte with its golden file
/// (`Fixtures/golden/reporting`); `CLOUDCFG_RECORD=goldens` re-records them.
@Suite struct ReporterGoldenTests {
    struct Format: CustomTestStringConvertible, Sendable {
        var reporter: any Reporter
        var golden: String
        var testDescription: String { golden }
    }

    static let formats: [Format] = [
        Format(reporter: TextReporter(), golden: "reporting/report.txt"),
        Format(reporter: TextReporter(color: true), golden: "reporting/report-color.txt"),
        Format(reporter: JSONReporter(), golden: "reporting/report.json"),
        Format(reporter: SARIFReporter(), golden: "reporting/report.sarif"),
        Format(reporter: GitHubReporter(), golden: "reporting/report.github.txt"),
        Format(reporter: PrettyReporter(), golden: "reporting/report.pretty.txt"),
        Format(reporter: PrettyReporter(color: true), golden: "reporting/report-color.pretty.txt"),
        Format(reporter: LSPReporter(baseDirectory: "/home/me/images"), golden: "reporting/report.lsp.json"),
    ]

    @Test(arguments: formats)
    func golden(_ format: Format) throws {
        let results = try ReportingCorpus.results()
        let output = format.reporter.report(results, rules: ReportingCorpus.rules(for: results))
        try Golden.assertMatches(output, golden: format.golden)
    }

    @Test(arguments: formats)
    func emptyRun(_ format: Format) throws {
        let output = format.reporter.report([], rules: [])
        let name = format.golden.replacing("reporting/report", with: "reporting/empty")
        try Golden.assertMatches(output, golden: name)
    }

    /// The same inputs in any order, linted again, give the same bytes.
    @Test(arguments: formats)
    func deterministic(_ format: Format) throws {
        let rules = RuleRegistry.all.map(\.definition)
        let first = format.reporter.report(try ReportingCorpus.results(), rules: rules)
        let again = format.reporter.report(try ReportingCorpus.results().reversed(), rules: rules.reversed())
        #expect(Array(first.utf8) == Array(again.utf8))
    }

    /// The JSON output parses back to exactly the messages, paths and key paths of the results,
    /// so every escape is right.
    @Test func jsonRoundTrips() throws {
        let results = try ReportingCorpus.results()
        let text = JSONReporter().report(results, rules: [])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let sorted = results.sorted { $0.path.unicodeScalars.lexicographicallyPrecedes($1.path.unicodeScalars) }
        try #require(files.count == sorted.count)
        for (file, result) in zip(files, sorted) {
            #expect((file["path"] as? String)?.unicodeScalars.elementsEqual(result.path.unicodeScalars) == true)
            let diagnostics = try #require(file["diagnostics"] as? [[String: Any]])
            try #require(diagnostics.count == result.diagnostics.count)
            for (parsed, diagnostic) in zip(diagnostics, result.diagnostics) {
                let message = try #require(parsed["message"] as? String)
                #expect(message.unicodeScalars.elementsEqual(diagnostic.message.unicodeScalars))
                #expect((parsed["keyPath"] as? String) == diagnostic.keyPath)
            }
        }
    }

    @Test func corpusCoversWhatTheGoldensMustShow() throws {
        let results = try ReportingCorpus.results()
        let diagnostics = results.flatMap(\.diagnostics)
        #expect(Set(diagnostics.map(\.severity)) == [.error, .warning, .note])
        #expect(diagnostics.contains { !$0.notes.isEmpty })
        #expect(diagnostics.contains { !$0.fixIts.isEmpty })
        #expect(diagnostics.contains { $0.fixIts.contains { $0.edits.contains { $0.range.isEmpty } } })
        #expect(diagnostics.contains { $0.message.contains("\n") })
        #expect(diagnostics.contains { $0.message.unicodeScalars.contains("\r") })
        #expect(diagnostics.contains { $0.message.contains("\r\n") })
        #expect(diagnostics.contains { $0.message.contains("%") })
        #expect(results.contains { $0.diagnostics.isEmpty })
        #expect(results.contains { $0.isUnparsable })
        // Columns in Unicode scalars: `0600` follows multi-byte text on its line.
        let unicode = try #require(results.first { $0.path.hasSuffix("unicode.yaml") })
        let octal = try #require(unicode.diagnostics.first { $0.ruleID == .typeMismatch })
        #expect(octal.range.start.line == 3 && octal.range.start.column == 66 && octal.range.end.column == 70)
        #expect(octal.keyPath == "write_files.0.permissions")
    }
}
