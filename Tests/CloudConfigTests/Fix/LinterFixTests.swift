import Foundation
import Testing

@testable import CloudConfig

/// `Linter.fix`: the safe fixes applied round by round to a fixed point, bytes outside the edits
/// kept, nothing applied inside encoded content, and a second run that changes nothing.
@Suite struct LinterFixTests {
    // MARK: - Rules made for these tests

    /// Offers, for every occurrence of a text (overlapping ones included), a fix-it replacing it.
    struct ReplaceRule: LintRule {
        let definition: RuleDescription
        let pattern: [UInt8]
        let replacement: String
        let isSafe: Bool

        init(_ id: String, _ pattern: String, _ replacement: String, safe: Bool = true) {
            definition = RuleDescription(
                id: RuleID(rawValue: id), family: .yaml, defaultSeverity: .warning, summary: "test",
                rationale: "test")
            self.pattern = Array(pattern.utf8)
            self.replacement = replacement
            isSafe = safe
        }

        func check(_ context: LintContext) -> [Diagnostic] {
            let bytes = context.source.bytes
            guard bytes.count >= pattern.count else { return [] }
            return (0...(bytes.count - pattern.count)).filter {
                bytes[$0..<($0 + pattern.count)].elementsEqual(pattern)
            }
            .map { offset in
                let range = SourceRange(
                    start: context.source.location(atOffset: offset),
                    end: context.source.location(atOffset: offset + pattern.count))
                return diagnostic(
                    Diagnostic.Message("found"), at: range,
                    fixIts: [
                        FixIt(
                            message: "write \(replacement)", edits: [TextEdit(range: range, replacement: replacement)],
                            isSafe: isSafe)
                    ])
            }
        }
    }

    /// Offers, on every input, to insert a text at its start.
    struct PrefixRule: LintRule {
        let definition = RuleDescription(
            id: RuleID(rawValue: "test-prefix"), family: .yaml, defaultSeverity: .error, summary: "test",
            rationale: "test")

        func check(_ context: LintContext) -> [Diagnostic] {
            let start = SourceRange(at: context.source.location(atOffset: 0))
            return [
                diagnostic(
                    Diagnostic.Message("prefix"), at: start,
                    fixIts: [
                        FixIt(message: "insert", edits: [TextEdit(range: start, replacement: "# x\n")], isSafe: true)
                    ])
            ]
        }
    }

    static func linter(_ rules: [any LintRule]) -> Linter { Linter(rules: rules) }

    // MARK: - Rounds

    @Test func overlappingFixesGoInOverSeveralRounds() {
        // Each round removes one 'a' before the 'b': the fixes of one round all overlap.
        let linter = Self.linter([ReplaceRule("test-ab", "ab", "b")])
        let source = SourceFile(path: "x.yaml", text: "k: aaaab\n")
        let outcome = linter.fix(source, as: .userData)
        #expect(outcome.fixed.text == "k: b\n")
        #expect(outcome.applied.map(\.round) == [1, 2, 3, 4])
        #expect(outcome.rounds == 4)
        #expect(outcome.isComplete)
        #expect(outcome.fixed.path == "x.yaml")
        // Two of three overlapping fixes fit in one round.
        let pairs = Self.linter([ReplaceRule("test-aa", "aa", "b")]).fix(
            SourceFile(path: "x.yaml", text: "k: aaaa\n"), as: .userData)
        #expect(pairs.fixed.text == "k: bb\n")
        #expect(pairs.applied.map(\.round) == [1, 1])
    }

    @Test func theRoundLimitStopsAFixThatNeverEnds() {
        let linter = Self.linter([ReplaceRule("test-ab", "ab", "b")])
        let outcome = linter.fix(SourceFile(path: "x.yaml", text: "k: aaaab\n"), as: .userData, maxRounds: 2)
        #expect(outcome.fixed.text == "k: aab\n")
        #expect(outcome.rounds == 2)
        #expect(!outcome.isComplete)
    }

    @Test func fixesThatUndoEachOtherStop() {
        let linter = Self.linter([ReplaceRule("test-xy", "x", "y"), ReplaceRule("test-yx", "y", "x")])
        let outcome = linter.fix(SourceFile(path: "x.yaml", text: "k: x\n"), as: .userData)
        #expect(outcome.rounds == 2)
        #expect(!outcome.isComplete)
        #expect(outcome.applied.count == 2)
    }

    @Test func aRoundThatBreaksTheSyntaxIsUndone() throws {
        let linter = Self.linter([ReplaceRule("test-bracket", "v", "[")])
        let source = SourceFile(path: "x.yaml", text: "#cloud-config\nk: v\n")
        let outcome = linter.fix(source, as: .userData)
        #expect(outcome.fixed.bytes == source.bytes)
        #expect(outcome.applied.isEmpty)
        #expect(!outcome.isComplete)
        let held = try #require(outcome.heldBack.first)
        #expect(held.reason == .breaksParsing)
        #expect(held.reason.description == "the fixed file would not parse")
    }

    @Test func suggestionsAreNotApplied() throws {
        let linter = Self.linter([ReplaceRule("test-review", "yes", "true", safe: false)])
        let source = SourceFile(path: "x.yaml", text: "k: yes\n")
        let outcome = linter.fix(source, as: .userData)
        #expect(!outcome.changed)
        #expect(outcome.isComplete)
        #expect(try #require(outcome.heldBack.first).reason == .needsReview)
    }

    // MARK: - Encoded content

    static let mime = """
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="XX"

        --XX
        Content-Type: text/cloud-config

        #cloud-config
        package_update: yes
        --XX
        Content-Type: text/cloud-config
        Content-Transfer-Encoding: quoted-printable

        #cloud-config
        package_upgrade: yes
        --XX--

        """

    @Test func nothingIsFixedInsideAnEncodedMIMEPart() throws {
        let linter = Self.linter([ReplaceRule("test-yes", "yes", "true")])
        let outcome = linter.fix(SourceFile(path: "user-data", text: Self.mime), as: .userData)
        #expect(outcome.fixed.text == Self.mime.replacing("package_update: yes", with: "package_update: true"))
        let held = try #require(outcome.heldBack.first)
        #expect(held.reason == .encoded("the quoted-printable body of mime part-002"))
        #expect(
            held.reason.description
                == "it is inside the quoted-printable body of mime part-002, which cloudcfg does not rewrite")
        #expect(outcome.encoded.wholeFile == nil)
    }

    /// With the real rules: the 7bit part is fixed; the fix the quoted-printable part offers is
    /// held back; the base64 part's finding is in its decoded text and offers no fix.
    @Test func theRulesFixOnlyThePlainPartsOfMIME() throws {
        let encoded = Base64.encode(Array("#cloud-config\npackage_update: yes\n".utf8))
        let text =
            "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=XX\n\n--XX\nContent-Type: text/cloud-config\n\n"
            + "#cloud-config\npackage_upgrade: yes\n--XX\nContent-Type: text/cloud-config\n"
            + "Content-Transfer-Encoding: base64\n\n\(encoded)\n--XX\nContent-Type: text/cloud-config\n"
            + "Content-Transfer-Encoding: quoted-printable\n\n#cloud-config\nssh_deletekeys: yes\n--XX--\n"
        let outcome = Linter().fix(SourceFile(path: "user-data", text: text), as: .userData)
        #expect(outcome.fixed.text == text.replacing("package_upgrade: yes", with: "package_upgrade: true"))
        #expect(outcome.applied.map(\.diagnostic.ruleID) == [.truthy])
        #expect(outcome.heldBack.map(\.reason) == [.encoded("the quoted-printable body of mime part-003")])
        #expect(outcome.inDecodedText.map(\.envelope.description) == ["mime part-002 > base64"])
        #expect(outcome.inDecodedText.allSatisfy { $0.fixIts.isEmpty })
    }

    @Test func nothingIsFixedInACompressedFile() throws {
        let compressed = try Gzip.compress(Array("#cloud-config\nk: v\n".utf8))
        let outcome = Self.linter([PrefixRule()]).fix(
            SourceFile(path: "user-data.gz", bytes: compressed), as: .userData)
        #expect(!outcome.changed)
        #expect(outcome.encoded.wholeFile?.description == "gzip-compressed user-data")
        #expect(outcome.heldBack.map(\.reason) == [.encoded("gzip-compressed user-data")])
        // The same rule fixes a plain file (once a round: it never stops offering).
        let plain = Self.linter([PrefixRule()]).fix(
            SourceFile(path: "a.yaml", text: "k: v\n"), as: .userData, maxRounds: 1)
        #expect(plain.fixed.text == "# x\nk: v\n")
        #expect(plain.heldBack.isEmpty)
    }

    // MARK: - Bytes

    @Test func bytesOutsideTheEditsStayAsTheyAre() {
        // A byte order mark, CR LF, a comment with a tab and non-ASCII text, trailing blanks, and
        // no final line break.
        let text =
            "\u{FEFF}packages: [nginx]\r\npackage_update: yes   # café\t(yes)\r\nwrite_files:\r\n"
            + "  - path: /etc/motd\r\n    permissions: 0644  "
        let outcome = Linter().fix(SourceFile(path: "user-data", text: text), as: .userData)
        let expected =
            "#cloud-config\npackages: [nginx]\r\npackage_update: true   # café\t(yes)\r\nwrite_files:\r\n"
            + "  - path: /etc/motd\r\n    permissions: '0644'  "
        #expect(outcome.fixed.text == expected)
        #expect(
            outcome.applied.map(\.diagnostic.ruleID).sorted()
                == [.byteOrderMark, .missingHeader, .truthy, .writeFilesPermissions].sorted())
        #expect(outcome.isComplete)
    }

    @Test func bytesThatAreNotUTF8StayAsTheyAre() {
        // Latin-1 in a comment is not UTF-8: the file cannot be read as YAML, and nothing changes.
        var bytes = Array("#cloud-config\npackage_update: yes # caf".utf8)
        bytes += [0xE9, 0x0A]
        let outcome = Linter().fix(SourceFile(path: "user-data", bytes: bytes), as: .userData)
        #expect(outcome.fixed.bytes == bytes)
    }

    // MARK: - Every example and fixture

    /// Findings that only the safe fixes reveal (``FixItTests/revealed`` lists those that all
    /// fixes reveal), with the reason.
    static let revealedBySafeFixes: [String: Set<String>] = [
        // `ResourceDisk.EnableSwap=yes` becomes y, and `SwapSizeMB=2048MB` gives no size: its fix
        // (2048) is a suggestion.
        "Examples/image-etc/etc/waagent.conf": ["waagent-swap-without-size"]
    ]

    /// Fixing every rule example, lint fixture and shipped example reaches a fixed point: a second
    /// run changes nothing; the result parses when the input did, and has no finding of a rule
    /// that the input did not have as often (except the findings a fix reveals, listed in
    /// ``FixItTests/revealed``).
    @Test(arguments: FixItTests.exampleCases + FixItTests.fileCases)
    func fixingIsIdempotentAndAddsNoFinding(_ testCase: FixItTests.Case) {
        let source = SourceFile(path: testCase.path, bytes: testCase.bytes)
        let kind = testCase.kind ?? InputKind.detect(source)
        let linter = testCase.linter
        let once = linter.fix(source, as: kind)
        #expect(once.isComplete, "\(once.rounds) rounds")
        let twice = linter.fix(once.fixed, as: kind)
        #expect(twice.fixed.bytes == once.fixed.bytes, "a second --fix changes:\n\(twice.fixed.text)")
        #expect(twice.applied.isEmpty)
        let before = testCase.lint(source)
        #expect(!once.result.isUnparsable || before.isUnparsable, "the fixes broke the file:\n\(once.fixed.text)")
        let revealed = Set((FixItTests.revealed[testCase.name] ?? []).compactMap { $0.split(separator: "@").first })
            .union((Self.revealedBySafeFixes[testCase.name] ?? []).map { Substring($0) })
        var counts: [RuleID: Int] = [:]
        for diagnostic in before.diagnostics { counts[diagnostic.ruleID, default: 0] += 1 }
        for diagnostic in once.result.diagnostics { counts[diagnostic.ruleID, default: 0] -= 1 }
        for (rule, count) in counts where count < 0 && !revealed.contains(Substring(rule.rawValue)) {
            Issue.record("--fix adds a finding of \(rule):\n\(once.fixed.text)")
        }
        // Every finding whose fix went in is gone: the result offers no safe fix any more.
        #expect(FixPlan(once.result, encoded: EncodedContent(once.fixed, kind: kind)).fixes.isEmpty)
    }

    /// The triggering examples of the rules whose fixes are all safe become their corrected text.
    @Test func safeRulesReachTheCorrectedExamples() {
        var checked = 0
        for rule in RuleRegistry.all.map(\.definition) where rule.fixSafety?.verdict == .safe {
            for example in rule.triggeringExamples where example.files == nil {
                guard let corrected = example.corrected else { continue }
                let (text, added) = rule.lintedText(of: example)
                let kind = rule.kind(of: example)
                let outcome = Linter(configuration: rule.configuration(for: example)).fix(
                    SourceFile(path: kind == .waagent ? "waagent.conf" : "test.yaml", text: text), as: kind)
                var fixed = outcome.fixed.text
                if added > 0, fixed.hasPrefix("#cloud-config\n") { fixed.removeFirst("#cloud-config\n".count) }
                #expect(fixed == corrected, "\(rule.id): \(fixed.debugDescription)")
                checked += 1
            }
        }
        #expect(checked >= 15)
    }
}
