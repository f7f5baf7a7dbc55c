import Foundation
import Testing

@testable import CloudConfig

/// Linting user-data inside envelopes: positions in the file as given (MIME parts written as
/// they are) or in the decoded text named by the envelope (base64, gzip), for every form
/// cloud-init accepts; the findings cloudcfg cannot write as rule examples (they need bytes that
/// are not text, or a lint option); and a golden file of every envelope form's findings.
@Suite struct EnvelopeLintTests {
    /// The plain cloud-config inputs the position tests wrap: the defect corpus and the reporting
    /// fixtures.
    static func plainInputs() throws -> [(name: String, bytes: [UInt8])] {
        var inputs: [(String, [UInt8])] = []
        for folder in ["oracle", "lint/reporting"] {
            let directory = try Fixtures.url(folder)
            for url in try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            where url.pathExtension == "yaml" {
                inputs.append((folder + "/" + url.lastPathComponent, Array(try Data(contentsOf: url))))
            }
        }
        return inputs.sorted { $0.0 < $1.0 }.filter { UserDataKind.detect($0.1) == .cloudConfig }
    }

    /// `rule line:column` of each finding, without the envelope.
    static func positions(_ result: LintResult) -> [String] {
        result.diagnostics.map { "\($0.ruleID) \($0.range.start.line):\($0.range.start.column)" }.sorted()
    }

    /// The same cloud-config gzipped, as base64, and as base64 of gzip gives the same findings at
    /// the same lines and columns of the decoded text, which every finding names.
    @Test func encodedCloudConfigHasTheFindingsOfThePlainText() throws {
        let linter = CoreRules.linter()
        var compared = 0
        for (name, bytes) in try Self.plainInputs() {
            let plain = linter.lint(SourceFile(path: name, bytes: bytes))
            let gzipped = try Gzip.compress(bytes)
            let forms: [(bytes: [UInt8], envelope: String)] = [
                (gzipped, "gzip"), (Array(Base64.encodeLines(bytes).utf8), "base64"),
                (Array(Base64.encode(bytes).utf8), "base64"),
                (Array(Base64.encodeLines(gzipped).utf8), "base64 > gzip"),
            ]
            for form in forms {
                let result = linter.lint(SourceFile(path: name, bytes: form.bytes))
                // A fix-it in a decoded text is not offered: it would not edit the file as given.
                #expect(Self.positions(result) == Self.positions(plain), "\(name) as \(form.envelope)")
                #expect(result.diagnostics.allSatisfy { $0.envelope.description == form.envelope && $0.fixIts.isEmpty })
                compared += result.diagnostics.count
            }
        }
        #expect(compared > 300)
    }

    /// The same cloud-config as a 7bit MIME part has its findings on the same lines shifted by the
    /// MIME headers above it, with the same fixes; as a base64 part, in the part's decoded text.
    @Test func aMIMEPartHasTheFindingsOfThePlainTextInTheFilesLines() throws {
        let linter = CoreRules.linter()
        let headers = "Content-Type: text/cloud-config\nContent-Disposition: attachment; filename=\"part.yaml\"\n\n"
        for (name, bytes) in try Self.plainInputs() where !bytes.contains(0x0D) && bytes.allSatisfy({ $0 < 0x80 }) {
            let text = String(decoding: bytes, as: UTF8.self)
            let mime = EnvelopeExample.mime(
                EnvelopeExample.scriptPart, headers + text + (text.hasSuffix("\n") ? "" : "\n"))
            // The envelope's own findings (a launch-index key) are about the part, not its text.
            var plain = linter.lint(SourceFile(path: name, bytes: bytes))
            plain = LintResult(
                path: plain.path, kind: plain.kind,
                diagnostics: plain.diagnostics.filter { RuleRegistry.definition(for: $0.ruleID)?.family != .envelope })
            let result = linter.lint(SourceFile(path: name, text: mime))
            // The part's first line is line 13 of the message.
            let shifted = plain.diagnostics.map { "\($0.ruleID) \($0.range.start.line + 12):\($0.range.start.column)" }
            let ours = result.diagnostics.filter { $0.part != nil }
            let found: [String] = ours.map { "\($0.ruleID) \($0.range.start.line):\($0.range.start.column)" }.sorted()
            #expect(found == shifted.sorted(), "\(name)")
            #expect(ours.allSatisfy { $0.envelope.isFile && $0.part?.description == "mime part-002 (part.yaml)" })
            let fixes: Int = ours.map(\.fixIts.count).reduce(0, +)
            let plainFixes: Int = plain.diagnostics.map(\.fixIts.count).reduce(0, +)
            #expect(fixes == plainFixes, "\(name)")
            let encoded = EnvelopeExample.mime(
                "Content-Type: text/cloud-config\nContent-Transfer-Encoding: base64\n\n" + Base64.encodeLines(bytes))
            let decoded = linter.lint(SourceFile(path: name, text: encoded)).diagnostics.filter { $0.part != nil }
            let decodedPositions: [String] = decoded.map {
                "\($0.ruleID) \($0.range.start.line):\($0.range.start.column)"
            }
            #expect(decodedPositions.sorted() == Self.positions(plain), "\(name) as a base64 part")
            #expect(decoded.allSatisfy { $0.envelope.description == "mime part-001 > base64" })
        }
    }

    /// Fix-its offered inside a MIME part edit the file so that the finding goes away.
    @Test func fixesInAPartApplyToTheFile() throws {
        let text = EnvelopeExample.mime("Content-Type: text/cloud-config\n\n#cloud-config\npackage_update: yes\n")
        let result = Linter().lint(text)
        let truthy = try #require(result.diagnostics.first { $0.ruleID == .truthy })
        let fixed = RuleExamplesTests.applying(try #require(truthy.fixIts.first).edits, to: text)
        #expect(fixed.contains("package_update: true\n"))
        #expect(!Linter().lint(fixed).diagnostics.contains { $0.ruleID == .truthy })
    }

    /// A suppression comment in a part applies in that part, on its own lines.
    @Test func suppressionsWorkInParts() {
        let text = EnvelopeExample.mime(
            "Content-Type: text/cloud-config\n\n#cloud-config\npackage_update: yes  # cloudcfg: disable-line truthy\n"
                + "package_upgrade: yes\n")
        let result = CoreRules.linter().lint(text)
        #expect(result.diagnostics.map { "\($0.ruleID) \($0.range.start.line)" } == ["truthy 9"])
    }

    /// Text that is not user-data after its decoding layers is what a plain file would be: a
    /// header-less mapping is cloud-config without its header, anything else unrecognised, and
    /// the envelope's "no known header" is left to those rules.
    @Test func decodedTextIsJudgedAsAFileWouldBe() throws {
        let yaml = Array("hostname: web\n".utf8)
        let gzipped = CoreRules.linter().lint(SourceFile(path: "gz", bytes: try Gzip.compress(yaml)))
        #expect(gzipped.diagnostics.map(\.ruleID) == [.missingHeader])
        #expect(gzipped.diagnostics.first?.envelope.description == "gzip")
        var declared = CoreRules.linter()
        declared.userDataOptions.platformEncoding = .base64
        let encoded = declared.lint(SourceFile(path: "b64", text: Base64.encodeLines(yaml)))
        #expect(encoded.diagnostics.map(\.ruleID) == [.missingHeader])
        #expect(encoded.diagnostics.first?.envelope.description == "base64")
        // Undeclared base64 that decodes to no user-data is not taken for base64: it is text
        // cloud-init does not recognise.
        let text = CoreRules.linter().lint(SourceFile(path: "b64", text: Base64.encodeLines(yaml)))
        #expect(text.diagnostics.map(\.ruleID) == [.unrecognizedUserData])
        #expect(text.kind == .unknown)
    }

    /// Quoted-printable parts map byte for byte into the file's lines, soft line breaks dropped.
    @Test func quotedPrintablePartsMapIntoTheFile() {
        let text = EnvelopeExample.mime(
            "Content-Type: text/cloud-config\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "#cloud-config\npackage_update: ye=\ns\nhost=3Dname: web\n")
        let result = CoreRules.linter().lint(text)
        let truthy = result.diagnostics.first { $0.ruleID == .truthy }
        #expect(truthy?.range.start.line == 9 && truthy?.range.start.column == 17)
        #expect(truthy?.envelope.isFile == true)
        let unknown = result.diagnostics.first { $0.ruleID == .unknownKey }
        #expect(unknown?.range.start.line == 11 && unknown?.range.start.column == 1)
    }

    /// An archive item written as a literal block maps line by line into the archive.
    @Test func archiveItemsMapIntoTheArchive() {
        let text =
            "#cloud-config-archive\n- type: text/cloud-config\n  content: |\n    #cloud-config\n    pakages: [a]\n"
        let result = CoreRules.linter().lint(text)
        let unknown = result.diagnostics.first { $0.ruleID == .unknownKey }
        #expect(unknown?.range.start.line == 5 && unknown?.range.start.column == 5)
        #expect(unknown?.part?.description == "archive item 1")
        #expect(result.kind == .cloudConfigArchive)
        // The archive's own YAML is linted in place.
        let broken = CoreRules.linter().lint("#cloud-config-archive\n- a: 1\n  a: 2\n")
        #expect(broken.diagnostics.contains { $0.ruleID == .duplicateKey && $0.range.start.line == 3 })
    }

    /// Findings of the envelope layer that rule examples cannot show: declared base64 that does
    /// not decode, gzip that does not decompress, MIME that is not UTF-8, MIME nested too deeply,
    /// decoding beyond the budget.
    @Test func envelopeFindingsThatAreNotText() throws {
        var declared = Linter()
        declared.userDataOptions.platformEncoding = .base64
        #expect(declared.lint("#cloud-config\nhostname: web\n").diagnostics.map(\.ruleID) == [.base64Invalid])
        let truncated = Array(try Gzip.compress(Array("#cloud-config\n".utf8)).dropLast(6))
        #expect(Linter().lint(SourceFile(path: "x", bytes: truncated)).diagnostics.map(\.ruleID) == [.gzipCorrupt])
        let latin1 =
            Array("MIME-Version: 1.0\nContent-Type: text/cloud-config\n\n#cloud-config\nhostname: caf".utf8)
            + [0xE9, 0x0A]
        #expect(Linter().lint(SourceFile(path: "x", bytes: latin1)).diagnostics.map(\.ruleID) == [.mimeNotUTF8])
        var nested = "#cloud-config\nhostname: deep\n"
        for level in 0..<40 {
            nested =
                "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\(level)\n\n--b\(level)\n"
                + (level == 0 ? "Content-Type: text/cloud-config\n\n" : "") + nested + "--b\(level)--\n"
        }
        #expect(Linter().lint(nested).diagnostics.contains { $0.ruleID == .mimeNestingTooDeep })
        // A gzip bomb: a megabyte of zeros inflates past a budget of 100 kB.
        let bomb = try Gzip.compress([UInt8](repeating: 0x20, count: 1 << 20))
        var small = Linter()
        small.userDataOptions.platformEncoding = .none
        let opened = UserDataEnvelope.open(
            SourceFile(path: "bomb", bytes: bomb), options: EnvelopeOptions(maxDecodedBytes: 100_000))
        #expect(opened.rejection?.code == .decodedTooLarge)
        #expect(!small.lint(SourceFile(path: "bomb", bytes: bomb)).diagnostics.isEmpty)
    }

    /// A Jinja part's findings are in its template's lines, which are the file's.
    @Test func aJinjaPartIsLintedAsATemplate() {
        let text = EnvelopeExample.mime(
            "Content-Type: text/jinja2\n\n## template: jinja\n#cloud-config\nhostname: {{ v1.hostname }}\n"
                + "packages: {{ v1.distro }}\npackage_update: yes\n")
        let result = CoreRules.linter().lint(text)
        #expect(
            result.diagnostics.map { "\($0.ruleID) \($0.range.start.line):\($0.range.start.column)" } == [
                "jinja-unknown-variable 9:14", "truthy 11:17",
            ])
    }

    /// `--platform` measures what cloud-init receives: the file, or for base64 the decoded bytes.
    @Test func sizesAreMeasuredAfterThePlatformsBase64() throws {
        var linter = Linter()
        linter.userDataOptions.budgets = [.aws]
        let big = "#cloud-config\nbootcmd:\n" + (0..<2000).map { "  - echo \($0)\n" }.joined()
        let plain = linter.lint(big)
        let finding = try #require(plain.diagnostics.first { $0.ruleID == .userDataTooLarge })
        #expect(finding.message.hasPrefix("the user-data is \(Self.grouped(big.utf8.count)) bytes"))
        #expect(finding.message.contains("would fit"))
        // The same bytes in base64 are as large once the platform has decoded them.
        let encoded = linter.lint(SourceFile(path: "b64", text: Base64.encodeLines(Array(big.utf8))))
        #expect(encoded.diagnostics.first { $0.ruleID == .userDataTooLarge }?.message == finding.message)
        #expect(!linter.lint("#cloud-config\nhostname: web\n").diagnostics.contains { $0.ruleID == .userDataTooLarge })
    }

    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        return digits.enumerated().map { index, digit in
            (index > 0 && (digits.count - index) % 3 == 0 ? "," : "") + String(digit)
        }.joined()
    }

    /// Every envelope form of every envelope fixture (EnvelopeCorpus: as is, gzipped, base64,
    /// base64 of gzip, CR LF, as a gzip part), linted: the text report is a golden file, so that a
    /// change of any position inside an envelope shows in review.
    @Test func everyEnvelopeFormsFindingsAreTheGoldenOnes() throws {
        let linter = CoreRules.linter()
        var output = ""
        for blob in try EnvelopeCorpus.blobs()
            + EnvelopeCorpus.mergeFiles().map({ .init(name: $0.name, bytes: $0.bytes) })
        {
            var blobLinter = linter
            blobLinter.userDataOptions.platformEncoding = blob.azure ? .base64 : .detect
            let result = blobLinter.lint(SourceFile(path: blob.name, bytes: blob.bytes))
            output += "== \(blob.name) (\(result.kind.rawValue))\n"
            for diagnostic in result.diagnostics {
                output += TextReporter().line("", diagnostic).replacing(":", with: "", maxReplacements: 1)
            }
        }
        try Golden.assertMatches(output, golden: "envelopes/lint.txt")
    }
}
