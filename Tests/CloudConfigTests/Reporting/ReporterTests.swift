import Foundation
import Testing

@testable import CloudConfig

/// The reporters' contracts, checked field by field on top of the goldens.
@Suite struct ReporterTests {
    static func location(_ line: Int, _ column: Int, _ offset: Int = 0) -> CloudConfig.SourceLocation {
        CloudConfig.SourceLocation(line: line, column: column, offset: offset)
    }

    static let sample = LintResult(
        path: "dir/user-data.yaml", kind: .cloudConfig,
        diagnostics: [
            Diagnostic(
                .truthy, .warning, "'yes' is the boolean true",
                at: SourceRange(start: location(3, 18, 40), end: location(3, 21, 43)), keyPath: "users.0.lock_passwd",
                fixIts: [
                    FixIt(
                        message: "write true",
                        edits: [
                            TextEdit(
                                range: SourceRange(start: location(3, 18, 40), end: location(3, 21, 43)),
                                replacement: "true")
                        ])
                ]),
            Diagnostic(
                .duplicateKey, .error, "'packages' appears twice",
                at: SourceRange(start: location(2, 1, 14), end: location(2, 9, 22)),
                notes: [Note("first defined here", at: SourceRange(at: location(1, 1))), Note("no location")]),
            Diagnostic(.notLinted, .note, "a note", at: SourceRange(at: location(1, 1))),
        ])

    // MARK: Lint JSON

    @Test func jsonFollowsTheLintJSONContractExactly() throws {
        let text = JSONReporter().report([Self.sample], rules: [])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["files", "summary"])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["errors": 1, "warnings": 1, "notes": 1])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.count == 1)
        #expect(Set(files[0].keys) == ["path", "kind", "diagnostics"])
        #expect(files[0]["path"] as? String == "dir/user-data.yaml")
        #expect(files[0]["kind"] as? String == "cloud-config")
        let diagnostics = try #require(files[0]["diagnostics"] as? [[String: Any]])
        for diagnostic in diagnostics {
            #expect(
                Set(diagnostic.keys) == [
                    "rule", "severity", "message", "line", "column", "endLine", "endColumn", "keyPath", "fixes",
                    "envelope", "part", "notes",
                ])
            // Both are null for plain user-data: its positions are in the file as given.
            #expect(diagnostic["envelope"] is NSNull && diagnostic["part"] is NSNull)
        }
        // Notes (added to the contract with the checks across files): each with its file, and its
        // place or nulls.
        let notes = try #require(diagnostics[1]["notes"] as? [[String: Any]])
        #expect(notes.count == 2)
        for note in notes {
            #expect(Set(note.keys) == ["message", "path", "line", "column", "endLine", "endColumn"])
            #expect(note["path"] as? String == "dir/user-data.yaml")
        }
        #expect(notes[0]["message"] as? String == "first defined here")
        #expect(notes[0]["line"] as? Int == 1 && notes[0]["column"] as? Int == 1)
        #expect(notes[1]["line"] is NSNull && notes[1]["endColumn"] is NSNull)
        // Sorted by position, then rule.
        #expect(diagnostics.map { $0["rule"] as? String } == ["not-linted", "duplicate-key", "truthy"])
        #expect(diagnostics.map { $0["severity"] as? String } == ["note", "error", "warning"])
        #expect(diagnostics[1]["keyPath"] is NSNull)
        let truthy = diagnostics[2]
        #expect(truthy["keyPath"] as? String == "users.0.lock_passwd")
        #expect(truthy["line"] as? Int == 3 && truthy["column"] as? Int == 18)
        #expect(truthy["endLine"] as? Int == 3 && truthy["endColumn"] as? Int == 21)
        let fixes = try #require(truthy["fixes"] as? [[String: Any]])
        #expect(fixes.count == 1)
        #expect(fixes[0]["message"] as? String == "write true")
    }

    @Test func jsonKeysAreSortedAndOutputEndsWithALineBreak() {
        let text = JSONReporter().report([Self.sample], rules: [])
        #expect(text.hasSuffix("}\n"))
        // Every object's keys appear in sorted order in the text.
        var keysByIndent: [Int: [String]] = [:]
        for line in text.split(separator: "\n") {
            let indent = line.prefix { $0 == " " }.count
            let body = line.dropFirst(indent)
            if body.hasPrefix("{") || body.hasPrefix("}") || body.hasPrefix("]") {
                keysByIndent[indent + 2] = nil
                continue
            }
            guard body.hasPrefix("\""), let end = body.dropFirst().firstIndex(of: "\""),
                body[body.index(after: end)...].hasPrefix(":")
            else { continue }
            let key = String(body[body.index(after: body.startIndex)..<end])
            if let previous = keysByIndent[indent]?.last {
                #expect(previous < key, "\(previous) before \(key)")
            }
            keysByIndent[indent, default: []].append(key)
        }
    }

    @Test func jsonEscapesWhatJSONRequiresAndKeepsSlashesAndUnicode() {
        let result = LintResult(
            path: "a/b.yaml", kind: .cloudConfig,
            diagnostics: [
                Diagnostic(
                    .unknownKey, .error, "q\"b\\t\tn\nr\rc\u{1}d\u{7F}/é😀\u{2028}",
                    at: SourceRange(at: Self.location(1, 1)))
            ])
        let text = JSONReporter().report([result], rules: [])
        #expect(text.contains(#""message": "q\"b\\t\tn\nr\rc\u0001d\u007f/é😀\u2028""#))
        #expect(text.contains(#""path": "a/b.yaml""#))
    }

    // MARK: Text

    @Test func textIsOneLinePerFindingWithNotesAndFixes() {
        let text = TextReporter().report([Self.sample], rules: [])
        #expect(
            text == """
                dir/user-data.yaml:1:1: note: a note [not-linted]
                dir/user-data.yaml:2:1: error: 'packages' appears twice [duplicate-key]
                dir/user-data.yaml:1:1: note: first defined here
                dir/user-data.yaml: note: no location
                dir/user-data.yaml:3:18: warning: 'yes' is the boolean true [truthy]
                dir/user-data.yaml:3:18: note: fix: write true
                1 error, 1 warning, 1 note in 1 file

                """)
    }

    @Test func textEscapesLineBreaksAndControlCharactersFromTheInput() {
        #expect(TextReporter.escaped("plain, tab\tand é") == "plain, tab\tand é")
        #expect(
            TextReporter.escaped("a\nb\rc\u{1B}[31md\u{7F}\u{85}\u{2028}") == "a\\nb\\rc\\x1b[31md\\x7f\\x85\\u{2028}")
    }

    @Test func textColoursOnlyWhenAsked() {
        let plain = TextReporter(color: false).report([Self.sample], rules: [])
        let colored = TextReporter(color: true).report([Self.sample], rules: [])
        #expect(!plain.contains("\u{1B}"))
        #expect(colored.contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(colored.contains("\u{1B}[1;35mwarning\u{1B}[0m"))
    }

    // MARK: GitHub

    @Test(arguments: [
        ("100%", "100%25"), ("a\rb", "a%0Db"), ("a\nb", "a%0Ab"), ("a\r\nb", "a%0D%0Ab"), ("a:b,c", "a:b,c"),
        ("%0A", "%250A"),
    ])
    func githubMessageEscapes(_ input: String, _ expected: String) {
        #expect(GitHubReporter.data(input) == expected)
    }

    @Test(arguments: [
        ("a:b,c", "a%3Ab%2Cc"), ("50%\r\n", "50%25%0D%0A"), ("dir/file name.yaml", "dir/file name.yaml"),
    ])
    func githubPropertyEscapes(_ input: String, _ expected: String) {
        #expect(GitHubReporter.property(input) == expected)
    }

    @Test func githubCommandsAreOneBasedAndMapSeverities() {
        let text = GitHubReporter().report([Self.sample], rules: [])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                "::notice file=dir/user-data.yaml,line=1,col=1,endLine=1,endColumn=1,title=not-linted::a note",
                "::error file=dir/user-data.yaml,line=2,col=1,endLine=2,endColumn=9,title=duplicate-key::"
                    + "'packages' appears twice%0Aline 1: first defined here%0Ano location",
                "::warning file=dir/user-data.yaml,line=3,col=18,endLine=3,endColumn=21,title=truthy::"
                    + "'yes' is the boolean true",
            ])
    }

    @Test func githubOmitsEndColumnAcrossLines() {
        let result = LintResult(
            path: "f.yaml", kind: .cloudConfig,
            diagnostics: [
                Diagnostic(
                    .yamlSyntax, .error, "m", at: SourceRange(start: Self.location(2, 3), end: Self.location(4, 1)))
            ])
        #expect(
            GitHubReporter().report([result], rules: [])
                == "::error file=f.yaml,line=2,col=3,endLine=4,title=yaml-syntax::m\n")
    }

    // MARK: SARIF

    @Test func sarifLevelsRegionsAndRuleIndexes() throws {
        let rules = RuleRegistry.all.map(\.definition)
        let text = SARIFReporter().report([Self.sample], rules: rules)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "cloudcfg")
        let sarifRules = try #require(driver["rules"] as? [[String: Any]])
        #expect(sarifRules.count == rules.count)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["level"] as? String } == ["note", "error", "warning"])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(sarifRules[index]["id"] as? String == result["ruleId"] as? String)
        }
        let truthy = results[2]
        let location = try #require((truthy["locations"] as? [[String: Any]])?.first)
        let physical = try #require(location["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "dir/user-data.yaml")
        let region = try #require(physical["region"] as? [String: Int])
        #expect(region == ["startLine": 3, "startColumn": 18, "endLine": 3, "endColumn": 21])
        #expect((truthy["properties"] as? [String: Any])?["keyPath"] as? String == "users.0.lock_passwd")
        let fix = try #require((truthy["fixes"] as? [[String: Any]])?.first)
        let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "true")
        // The note with a location becomes a related location; the one without is dropped.
        let duplicate = results[1]
        let related = try #require(duplicate["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect((related[0]["message"] as? [String: Any])?["text"] as? String == "first defined here")
    }

    @Test(arguments: [
        ("dir/user-data.yaml", "dir/user-data.yaml"), ("odd dir/a,b:c%.yaml", "odd%20dir/a%2Cb%3Ac%25.yaml"),
        ("/abs/café.yaml", "file:///abs/caf%C3%A9.yaml"), ("<stdin>", "%3Cstdin%3E"),
    ])
    func sarifURIs(_ path: String, _ expected: String) {
        #expect(SARIFReporter.uri(path) == expected)
    }
}
