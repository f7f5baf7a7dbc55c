import Foundation
import Testing

@testable import CloudConfig

/// The `lsp` format: LSP `Diagnostic`s with 0-based lines and UTF-16 characters.
@Suite struct LSPReporterTests {
    static func files(_ text: String) throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }

    static func position(_ object: Any?) -> [Int] {
        guard let object = object as? [String: Int], let line = object["line"], let character = object["character"]
        else { return [] }
        return [line, character]
    }

    /// Characters outside the Basic Multilingual Plane count two UTF-16 units: the character
    /// offsets of a finding after them are larger than its scalar column.
    @Test func positionsAreZeroBasedUTF16() throws {
        let text = "#cloud-config\nwrite_files: [{path: \"/😀/\u{20B9F}é\", permissions: 644}]\n"
        let result = Linter().lint(text, path: "/srv/u.yaml")
        let permissions = try #require(result.diagnostics.first { $0.ruleID == .writeFilesPermissions })
        #expect(permissions.range.start.column == 44)
        let file = try #require(try Self.files(LSPReporter().report([result], rules: [])).first)
        let diagnostics = try #require(file["diagnostics"] as? [[String: Any]])
        let diagnostic = try #require(diagnostics.first { $0["code"] as? String == "write-files-permissions" })
        let range = try #require(diagnostic["range"] as? [String: Any])
        // Two scalars above U+FFFF before the span: two more UTF-16 units than scalars.
        #expect(Self.position(range["start"]) == [1, 45])
        #expect(Self.position(range["end"]) == [1, 48])
        #expect(diagnostic["severity"] as? Int == 1)
        #expect(diagnostic["source"] as? String == "cloudcfg")
        let data = try #require(diagnostic["data"] as? [String: Any])
        #expect(data["keyPath"] as? String == "write_files.0.permissions")
        let fix = try #require((data["fixes"] as? [[String: Any]])?.first)
        let edit = try #require((fix["edits"] as? [[String: Any]])?.first)
        #expect(edit["newText"] as? String == "'644'")
        #expect(Self.position((edit["range"] as? [String: Any])?["start"]) == [1, 45])
    }

    /// For every finding of the reporting corpus and the pretty fixtures, the character offset is
    /// the UTF-16 length of the line's text before the column, computed here with the standard
    /// library's own views.
    @Test func everyPositionAgreesWithTheStandardLibrary() throws {
        let results = try ReportingCorpus.results() + PrettyReporterTests.fixtures.map(PrettyReporterTests.result)
        var checked = 0
        var decoded = 0
        for result in results {
            let source = try #require(result.source)
            let file = try #require(try Self.files(LSPReporter().report([result], rules: [])).first)
            let diagnostics = try #require(file["diagnostics"] as? [[String: Any]])
            try #require(diagnostics.count == result.diagnostics.count)
            for (json, diagnostic) in zip(diagnostics, result.diagnostics) {
                let range = try #require(json["range"] as? [String: Any])
                guard diagnostic.envelope.isFile else {
                    // A position in a decoded text has no place in the file: the file's start, and
                    // the message says where in the decoded text.
                    #expect(Self.position(range["start"]) == [0, 0] && Self.position(range["end"]) == [0, 0])
                    let message = try #require(json["message"] as? String)
                    #expect(message.contains("of the text decoded as \(diagnostic.envelope)"), "\(message)")
                    decoded += 1
                    continue
                }
                for (location, key) in [(diagnostic.range.start, "start"), (diagnostic.range.end, "end")] {
                    let line = min(location.line, source.lineCount)
                    let text = source.lineText(line)
                    let prefix = String(String.UnicodeScalarView(text.unicodeScalars.prefix(location.column - 1)))
                    #expect(Self.position(range[key]) == [line - 1, prefix.utf16.count], "\(result.path) \(location)")
                    checked += 1
                }
            }
        }
        #expect(checked > 50)
        // The corpus has findings inside base64 and gzip.
        #expect(decoded > 0)
    }

    @Test func aByteOrderMarkIsNotCounted() {
        let source = SourceFile(path: "f", text: "\u{FEFF}#cloud-config\nk: 1\n")
        #expect(source.utf16Position(line: 1, column: 2) == (0, 1))
        #expect(source.utf16Position(line: 2, column: 9) == (1, 4))
        #expect(source.utf16Position(line: 9, column: 1) == (2, 0))
    }

    @Test func urisNotesAndTags() throws {
        let text = "#cloud-config\npackages: [a]\npackages: [b]\n"
        let source = SourceFile(path: "dir/my data.yaml", text: text)
        let first = SourceRange(start: source.location(line: 2, column: 1), end: source.location(line: 2, column: 9))
        let second = SourceRange(start: source.location(line: 3, column: 1), end: source.location(line: 3, column: 9))
        let result = LintResult(
            path: "dir/my data.yaml", kind: .cloudConfig,
            diagnostics: [
                Diagnostic(
                    .duplicateKey, .warning, "twice", at: second, notes: [Note("first here", at: first), Note("why")]),
                Diagnostic(.deprecatedKey, .note, "old", at: first),
            ], source: source)
        let stdin = LintResult(path: "<stdin>", kind: .cloudConfig, diagnostics: [])
        let output = LSPReporter(baseDirectory: "/work/./repo/").report([result, stdin], rules: [])
        let files = try Self.files(output)
        #expect(files.map { $0["path"] as? String } == ["<stdin>", "dir/my data.yaml"])
        #expect(files[0]["uri"] is NSNull)
        #expect(files[1]["uri"] as? String == "file:///work/repo/dir/my%20data.yaml")
        let diagnostics = try #require(files[1]["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["severity"] as? Int } == [3, 2])
        #expect(diagnostics[0]["tags"] as? [Int] == [2])
        #expect(diagnostics[1]["tags"] == nil)
        #expect(diagnostics[1]["message"] as? String == "twice\nnote: why")
        let related = try #require(diagnostics[1]["relatedInformation"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect(related[0]["message"] as? String == "first here")
        let location = try #require(related[0]["location"] as? [String: Any])
        #expect(location["uri"] as? String == "file:///work/repo/dir/my%20data.yaml")
        #expect(Self.position((location["range"] as? [String: Any])?["start"]) == [1, 0])
        #expect(LSPReporter().uri("/a/../b c.yaml") == "file:///b%20c.yaml")
        #expect(LSPReporter().uri("rel.yaml") == "rel.yaml")
    }
}
