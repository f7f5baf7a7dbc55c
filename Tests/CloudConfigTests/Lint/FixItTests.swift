import Foundation
import Testing

@testable import CloudConfig

/// Fix-its never make a file worse: for every rule example, every lint fixture and every
/// example shipped in `Examples/`, applying all the fix-its offered leaves no finding that was
/// not there before, and removes the findings that were fixed.
@Suite struct FixItTests {
    /// One input to fix.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var testDescription: String { name }
    }

    /// The repository's root, found from this file's path (the tests run from a clone).
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every rule example, with `#cloud-config` in front unless the example is about the header;
    /// profile rules' examples are profiles, which the user-data linter does not read.
    static let exampleCases: [Case] = RuleRegistry.all.filter { $0.definition.family != .profile }.flatMap { rule in
        let definition = rule.definition
        let examples = definition.triggeringExamples + definition.nonTriggeringExamples
        return examples.map { example in
            let text = (definition.examplesIncludeHeader ? "" : "#cloud-config\n") + example.text
            return Case(name: "\(definition.id): \(example.text.debugDescription)", bytes: Array(text.utf8))
        }
    }

    /// Every file under a directory, recursively, sorted by path.
    static func files(under directory: URL, extensions: Set<String>) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        var found: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if extensions.contains(url.pathExtension) { found.append(url) }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The lint fixtures, the YAML corpus, the oracle inputs and the shipped examples.
    static let fileCases: [Case] = {
        var urls: [URL] = []
        if let fixtures = try? Fixtures.directory {
            for folder in ["lint", "yaml", "oracle"] {
                urls += files(under: fixtures.appendingPathComponent(folder), extensions: ["yaml", "sh"])
            }
        }
        urls += files(under: repositoryRoot.appendingPathComponent("Examples"), extensions: ["yaml"])
        return urls.compactMap { url in
            // Profiles are read by ProfileReader, not linted as user-data.
            guard let data = try? Data(contentsOf: url), !ProfileReader.isProfile(Array(data)) else { return nil }
            let name = url.path.replacingOccurrences(of: repositoryRoot.path + "/", with: "")
            return Case(name: name, bytes: Array(data))
        }
    }()

    /// Where a byte offset of the original file is after the edits: shifted by the edits before
    /// it, or moved to the start of an edit that replaced it.
    static func mapped(_ offset: Int, through edits: [TextEdit]) -> Int {
        var shift = 0
        for edit in edits.sorted(by: { $0.range.start.offset < $1.range.start.offset }) {
            let (start, end) = (edit.range.start.offset, edit.range.end.offset)
            let delta = edit.replacement.utf8.count - (end - start)
            if end <= offset {
                shift += delta
            } else if start < offset && offset < end {
                return start + shift
            }
        }
        return offset + shift
    }

    /// What makes two findings the same finding before and after the fixes: the rule and where
    /// the finding starts, mapped through the edits (a rename or an inserted header moves text,
    /// not findings).
    static func identities(_ result: LintResult, through edits: [TextEdit] = []) -> [String: Int] {
        var counts: [String: Int] = [:]
        for diagnostic in result.diagnostics {
            let start = mapped(diagnostic.range.start.offset, through: edits)
            counts["\(diagnostic.ruleID)@\(start)", default: 0] += 1
        }
        return counts
    }

    @Test func thereAreInputsToFix() {
        #expect(Self.exampleCases.count > 50)
        #expect(Self.fileCases.contains { $0.name == "Examples/user-data/typical-mistakes.yaml" })
        #expect(Self.fileCases.count > 40)
        // The inputs offer fix-its of every kind of edit: otherwise the test proves little.
        let offered = (Self.exampleCases + Self.fileCases).flatMap { testCase in
            Linter().lint(SourceFile(path: "t.yaml", bytes: testCase.bytes)).diagnostics.compactMap(\.fixIts.first)
        }
        #expect(offered.count > 40)
    }

    @Test(arguments: exampleCases + fileCases)
    func applyingEveryFixAddsNoFinding(_ testCase: Case) {
        let linter = Linter()
        let source = SourceFile(path: "input.yaml", bytes: testCase.bytes)
        let before = linter.lint(source)
        // The first fix-it of each finding is the one it recommends; the others are alternatives.
        let offered = before.diagnostics.compactMap { diagnostic in diagnostic.fixIts.first.map { (diagnostic, $0) } }
        guard !offered.isEmpty else { return }
        let application = source.applying(offered.map(\.1))
        let after = linter.lint(application.source)
        let edits = application.applied.flatMap(\.edits)
        let old = Self.identities(before, through: edits)
        let new = Self.identities(after)
        for (identity, count) in new where count > old[identity, default: 0] {
            let findings = after.diagnostics.map { "\($0.range.start) \($0.ruleID): \($0.message)" }
            let report =
                "applying the fixes adds \(identity):\n\(application.source.text)\nfindings after:\n"
                + findings.joined(separator: "\n")
            Issue.record("\(report)")
        }
        #expect(!after.isUnparsable || before.isUnparsable, "the fixes broke the YAML:\n\(application.source.text)")
        // Each fix that went in removes the finding it was offered for.
        let applied = Set(application.applied)
        for (diagnostic, fixIt) in offered where applied.contains(fixIt) {
            let identity = "\(diagnostic.ruleID)@\(Self.mapped(diagnostic.range.start.offset, through: edits))"
            #expect(
                new[identity, default: 0] < old[identity, default: 0],
                "'\(fixIt.message)' leaves \(identity):\n\(application.source.text)")
        }
    }

    // MARK: Applying edits

    static func edit(_ source: SourceFile, _ start: Int, _ end: Int, _ text: String) -> TextEdit {
        TextEdit(
            range: SourceRange(start: source.location(atOffset: start), end: source.location(atOffset: end)),
            replacement: text)
    }

    @Test func editsApplyInOffsetOrderWhateverTheOrderGiven() {
        let source = SourceFile(path: "a", text: "abcdef")
        let fixes = [
            FixIt(message: "second", edits: [Self.edit(source, 4, 6, "EF")]),
            FixIt(message: "first", edits: [Self.edit(source, 0, 1, "A"), Self.edit(source, 2, 2, "+")]),
        ]
        let result = source.applying(fixes)
        #expect(result.source.text == "Ab+cdEF")
        #expect(result.applied.map(\.message) == ["second", "first"])
        #expect(result.skipped.isEmpty)
        #expect(result.changed)
        #expect(result.source.path == "a")
    }

    @Test func aFixThatOverlapsAnEarlierOneIsLeftOutWhole() {
        let source = SourceFile(path: "a", text: "key: value\n")
        let fixes = [
            FixIt(message: "rename", edits: [Self.edit(source, 0, 3, "name")]),
            // One of its edits overlaps the rename: neither edit is applied.
            FixIt(message: "both", edits: [Self.edit(source, 2, 4, "x"), Self.edit(source, 5, 10, "v")]),
            // Two insertions at one offset: their order would be a guess.
            FixIt(message: "insert", edits: [Self.edit(source, 11, 11, "a: 1\n")]),
            FixIt(message: "insert again", edits: [Self.edit(source, 11, 11, "b: 2\n")]),
            // An insertion where a replacement starts or ends is unambiguous.
            FixIt(message: "quote", edits: [Self.edit(source, 5, 5, "'"), Self.edit(source, 10, 10, "'")]),
        ]
        let result = source.applying(fixes)
        #expect(result.source.text == "name: 'value'\na: 1\n")
        #expect(result.applied.map(\.message) == ["rename", "insert", "quote"])
        #expect(result.skipped.map(\.message) == ["both", "insert again"])
    }

    @Test func anEditOutsideTheFileIsLeftOut() {
        let source = SourceFile(path: "a", text: "ab")
        let outside = TextEdit(
            range: SourceRange(at: SourceLocation(line: 1, column: 9, offset: 8)), replacement: "x")
        let result = source.applying([FixIt(message: "outside", edits: [outside])])
        #expect(result.source.text == "ab")
        #expect(!result.changed)
        #expect(result.skipped.count == 1)
    }

    @Test func nonASCIITextKeepsItsBytes() {
        let source = SourceFile(path: "a", text: "name: café\nmode: 644\n")
        let start = Array("name: café\nmode: ".utf8).count
        let result = source.applying([FixIt(message: "quote", edits: [Self.edit(source, start, start + 3, "'0644'")])])
        #expect(result.source.text == "name: café\nmode: '0644'\n")
    }
}

/// The rules whose fix-its used to make new findings, one case each.
@Suite struct FixItRegressionTests {
    static func findings(_ text: String) -> [Diagnostic] {
        LintSupport.lint(text, header: false).diagnostics
    }

    @Test func aMisspeltKeyIsNotRenamedOntoAKeyThatIsSet() throws {
        let diagnostics = Self.findings("#cloud-config\npakages: [nginx]\nhostname: web\npackages: [curl]\n")
        let unknown = try #require(diagnostics.first { $0.ruleID == .unknownKey })
        #expect(unknown.fixIts.isEmpty)
        #expect(unknown.message.hasSuffix("did you mean 'packages'? 'packages' is set as well: merge the two"))
        #expect(unknown.notes.map(\.message) == ["'packages' is set here"])
        #expect(unknown.notes.first?.range?.start.line == 4)
        // Alone, the misspelt key is renamed.
        let alone = Self.findings("#cloud-config\npakages: [nginx]\n")
        #expect(alone.first { $0.ruleID == .unknownKey }?.fixIts.map(\.message) == ["rename to 'packages'"])
    }

    @Test func aDeprecatedKeyIsNotRenamedOntoItsReplacementWhenThatIsSet() throws {
        let text = "#cloud-config\nusers:\n  - name: ops\n    lock-passwd: false\n    lock_passwd: true\n"
        let deprecated = try #require(Self.findings(text).first { $0.ruleID == .deprecatedKey })
        #expect(deprecated.fixIts.isEmpty)
        #expect(deprecated.message.hasSuffix("'lock_passwd' is set as well: keep one"))
        #expect(deprecated.notes.first?.range?.start.line == 5)
    }

    @Test func aQuotedBooleanIsWrittenAsTrueOrFalse() throws {
        let mismatch = try #require(
            Self.findings("#cloud-config\npackage_update: \"yes\"\n").first { $0.ruleID == .typeMismatch })
        #expect(mismatch.fixIts.map(\.message) == ["write true"])
        #expect(mismatch.fixIts.first?.edits.map(\.replacement) == ["true"])
        // A quoted octal or base-60 number is left to the user: unquoted it would be misread.
        for text in ["#cloud-config\nlaunch-index: '010'\n", "#cloud-config\nlaunch-index: '1:30'\n"] {
            let finding = try #require(Self.findings(text).first { $0.ruleID == .typeMismatch })
            #expect(finding.fixIts.isEmpty, "\(text)")
        }
        let plain = try #require(
            Self.findings("#cloud-config\nlaunch-index: '10'\n").first { $0.ruleID == .typeMismatch })
        #expect(plain.fixIts.first?.edits.map(\.replacement) == ["10"])
    }

    @Test func aBase60NumberWhereANumberIsWantedIsWrittenAsTheNumber() throws {
        let number = try #require(
            Self.findings("#cloud-config\nlaunch-index: 1:30\n").first { $0.ruleID == .sexagesimal })
        #expect(number.fixIts.map(\.message) == ["write 90"])
        let text = try #require(Self.findings("#cloud-config\nzzz: 1:30\n").first { $0.ruleID == .sexagesimal })
        #expect(text.fixIts.map(\.message) == ["quote it"])
    }

    @Test func aNonStringKeyIsQuotedOnlyWhereTheStringIsAKey() throws {
        let top = try #require(Self.findings("#cloud-config\non: 1\n").first { $0.ruleID == .nonStringKey })
        #expect(top.fixIts.isEmpty)
        let commands = try #require(
            Self.findings("#cloud-config\nsnap:\n  commands:\n    01: [install, vlc]\n    later: [install, jq]\n").first
            {
                $0.ruleID == .nonStringKey
            })
        #expect(commands.fixIts.map(\.message) == ["quote the key"])
        // An empty key is null; quoting nothing would make broken YAML.
        let empty = try #require(
            Self.findings("#cloud-config\nsnap:\n  commands:\n    ? \n    : [install]\n    later: [install, jq]\n")
                .first {
                    $0.ruleID == .nonStringKey
                })
        #expect(empty.fixIts.isEmpty)
    }
}
