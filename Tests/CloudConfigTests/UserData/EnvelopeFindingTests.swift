import Foundation
import Testing

@testable import CloudConfig

/// The envelope findings: each fixture's findings in a golden file, the codes each malformed
/// fixture must draw, and fix-its that, applied, remove what they fix.
@Suite struct EnvelopeFindingTests {
    /// One line per finding (with its notes and fix-its) for every fixture.
    static func report() throws -> String {
        var lines: [String] = []
        for (name, bytes) in try EnvelopeCorpus.files() {
            let envelope = UserDataEnvelope.open(SourceFile(path: name, bytes: bytes))
            lines.append("== \(name)")
            for finding in envelope.findings {
                lines.append("\(finding.location) \(finding.severity) [\(finding.code)] \(finding.message)")
                for note in finding.notes {
                    lines.append("  note: \(note.message)" + (note.range.map { " (\($0))" } ?? ""))
                }
                for fix in finding.fixIts {
                    let edits = fix.edits.map { "\($0.range) \(PythonFormat.stringRepr($0.replacement))" }
                    lines.append("  fix: \(fix.message): " + edits.joined(separator: "; "))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func findingsMatchTheGolden() throws {
        try Golden.assertMatches(try Self.report(), golden: "envelopes/findings.txt")
    }

    /// The codes each fixture must draw (other findings may come too).
    static let expected: [(String, [EnvelopeFinding.Code])] = [
        ("archive-not-list.yaml", [.archiveInvalid]),
        ("archive.yaml", [.partIgnored, .unknownContentType, .nonASCIIWithoutBase64, .archiveInvalid]),
        ("include.txt", [.includeURL]),
        ("mime-bad-base64.txt", [.invalidBase64Body]),
        ("mime-bom.txt", [.mimeHeaderSyntax]),
        ("mime-filenames.txt", [.duplicateFilename]),
        ("mime-gzip-not-gzip.txt", [.gzipPartNotGzip]),
        ("mime-header-quirks.txt", [.mergeTypeIgnored, .mergeTypeUnknown, .mergeTypeSyntax, .mimeHeaderSyntax]),
        ("mime-launch-index.txt", [.launchIndexInvalid]),
        ("mime-misspelt-types.txt", [.unknownContentType, .contentTypeMismatch, .emptyCloudConfig]),
        ("mime-nested.txt", [.textOutsideParts, .partIgnored, .includeURL]),
        ("mime-no-boundary.txt", [.boundaryMissing]),
        ("mime-no-close.txt", [.boundaryNotClosed]),
        ("mime-no-mime-version.txt", [.mimeVersionMissing]),
        ("mime-non-ascii-7bit.txt", [.nonASCIIWithoutBase64]),
        ("mime-not-utf8.txt", [.mimeNotUTF8]),
        ("mime-rfc822.txt", [.partIgnored]),
        ("mime-sniffing.txt", [.contentTypeMismatch, .partIgnored, .emptyCloudConfig]),
        ("mime-transfer-encodings.txt", [.unknownTransferEncoding]),
        ("mime-version-late.txt", [.mimeVersionMissing]),
        ("mime-wrong-boundary.txt", [.boundaryNotFound]),
    ]

    @Test(arguments: expected)
    func fixtureDrawsItsCodes(name: String, codes: [EnvelopeFinding.Code]) throws {
        let envelope = UserDataEnvelope.open(SourceFile(path: name, bytes: try Golden.fixture("envelopes/" + name)))
        let found = Set(envelope.findings.map(\.code))
        for code in codes {
            #expect(found.contains(code), "\(name) lacks \(code): \(envelope.findings.map(\.message))")
        }
    }

    /// Well-formed fixtures draw nothing worse than a note.
    @Test(arguments: [
        "plain-cloud-config.yaml", "jinja.txt", "script.sh", "boothook.txt", "part-handler.txt", "jsonp.txt",
        "mime-handmade.txt", "mime-terraform.txt", "mime-base64-parts.txt", "mime-quoted-printable.txt",
        "mime-single-part.txt", "mime-archive-part.txt", "empty.txt",
    ])
    func wellFormedFixturesAreClean(name: String) throws {
        let envelope = UserDataEnvelope.open(SourceFile(path: name, bytes: try Golden.fixture("envelopes/" + name)))
        #expect(envelope.findings.filter { $0.severity > .note }.isEmpty, "\(envelope.findings.map(\.message))")
    }

    @Test func rejectionsAreFindingsToo() throws {
        for name in ["mime-gzip-not-gzip.txt", "mime-not-utf8.txt"] {
            let envelope = UserDataEnvelope.open(SourceFile(path: name, bytes: try Golden.fixture("envelopes/" + name)))
            let rejection = try #require(envelope.rejection)
            #expect(envelope.findings.contains(rejection))
            #expect(envelope.parts.isEmpty)
        }
    }

    /// Applies a fix-it's edits to bytes.
    static func apply(_ fix: FixIt, to bytes: [UInt8]) -> [UInt8] {
        var output = bytes
        for edit in fix.edits.sorted(by: { $0.range.start.offset > $1.range.start.offset }) {
            output.replaceSubrange(edit.range.start.offset..<edit.range.end.offset, with: Array(edit.replacement.utf8))
        }
        return output
    }

    /// Each fix-it, applied, removes its finding; the base64 fix keeps the text that was meant.
    @Test(arguments: [
        ("mime-non-ascii-7bit.txt", EnvelopeFinding.Code.nonASCIIWithoutBase64),
        ("mime-misspelt-types.txt", .unknownContentType), ("mime-no-close.txt", .boundaryNotClosed),
        ("mime-no-mime-version.txt", .mimeVersionMissing), ("mime-bom.txt", .mimeHeaderSyntax),
        ("mime-transfer-encodings.txt", .unknownTransferEncoding), ("mime-header-quirks.txt", .mergeTypeIgnored),
    ])
    func fixItsFix(name: String, code: EnvelopeFinding.Code) throws {
        var bytes = try Golden.fixture("envelopes/" + name)
        let before = UserDataEnvelope.open(SourceFile(path: name, bytes: bytes))
        let fixes = before.findings.filter { $0.code == code }.flatMap(\.fixIts)
        try #require(!fixes.isEmpty)
        let count = before.findings.filter { $0.code == code }.count
        bytes = Self.apply(try #require(fixes.first), to: bytes)
        let after = UserDataEnvelope.open(SourceFile(path: name, bytes: bytes))
        #expect(after.findings.filter { $0.code == code }.count == count - 1, "\(after.findings.map(\.message))")
        if code == .nonASCIIWithoutBase64 {
            let part = try #require(after.parts.first)
            #expect(String(decoding: part.payload, as: UTF8.self).contains("content: café"))
            #expect(String(decoding: part.payload, as: UTF8.self).contains("done €"))
        }
    }

    @Test(arguments: [
        ("text/jinja", "text/jinja2"), ("text/cloud_config", "text/cloud-config"),
        ("text/cloudconfig", "text/cloud-config"),
        ("text/x-shellscript-per-reboot", "text/x-shellscript-per-boot"), ("text/yaml", "text/cloud-config"),
        ("text/x-include", "text/x-include-url"), ("text/x-cloud-config", "text/cloud-config"),
        ("application/x-shellscript", "text/x-shellscript"),
    ])
    func misspeltTypesSuggestTheKnownOne(type: String, suggestion: String) {
        #expect(UserDataContentType.suggestion(for: type) == suggestion)
    }

    @Test(arguments: ["text/x-shellscript-per-boot", "text/jinja2", "application/x-gzip", "text/cloud-config-archive"])
    func knownTypesSuggestNothing(type: String) {
        #expect(UserDataContentType.suggestion(for: type) == nil)
    }

    @Test func everyCodeIsKebabCaseAndListed() {
        #expect(EnvelopeFinding.Code.all.count == EnvelopeFinding.Code.Value.allCases.count)
        #expect(EnvelopeFinding.Code.all == EnvelopeFinding.Code.all.sorted())
        for code in EnvelopeFinding.Code.all {
            #expect(code.description.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" })
        }
    }
}
