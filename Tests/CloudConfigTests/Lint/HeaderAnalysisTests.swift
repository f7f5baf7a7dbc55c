import Foundation
import Testing

@testable import CloudConfig

/// How the first line compares with `#cloud-config`, and what kind of user-data cloud-init
/// takes the bytes for — checked against cloud-init's own sniffing where it is installed.
@Suite struct HeaderAnalysisTests {
    enum Expected: Equatable, CustomStringConvertible {
        case exact, tolerated, malformed, missing, otherKind
        var description: String {
            switch self {
            case .exact: "exact"
            case .tolerated: "tolerated"
            case .malformed: "malformed"
            case .missing: "missing"
            case .otherKind: "otherKind"
            }
        }
    }

    static func verdict(_ text: String) -> Expected {
        switch HeaderAnalysis(SourceFile(path: "u", text: text)).verdict {
        case .exact: .exact
        case .tolerated: .tolerated
        case .malformed: .malformed
        case .missing: .missing
        case .otherKind: .otherKind
        }
    }

    @Test(arguments: [
        ("#cloud-config\na: 1\n", Expected.exact), ("#cloud-config  \na: 1\n", .exact),
        ("#cloud-config\r\na: 1\r\n", .exact), ("#cloud-config", .exact),
        // cloud-init accepts these at boot (lower-cased, left-stripped, by prefix).
        ("#Cloud-Config\na: 1\n", .tolerated), ("#CLOUD-CONFIG\n", .tolerated), ("  #cloud-config\n", .tolerated),
        ("\t#cloud-config\n", .tolerated), ("\n#cloud-config\n", .tolerated), ("\n\n  \n#cloud-config\n", .tolerated),
        // Python's lstrip removes any Unicode whitespace, as the one sniffer does.
        ("\u{A0}#cloud-config\n", .tolerated), ("\u{3000}\n\u{2003}#cloud-config\n", .tolerated),
        ("#cloud-config # web servers\n", .tolerated), ("#cloud-configuration\n", .tolerated),
        // cloud-init ignores these files.
        ("# cloud-config\na: 1\n", .malformed), ("#  cloud-config\n", .malformed), ("#cloud_config\n", .malformed),
        ("#cloudconfig\n", .malformed), ("cloud-config:\n  a: 1\n", .malformed), ("cloud_config\n", .malformed),
        ("#cloud-confg\n", .malformed), ("#clod-config\n", .malformed), ("#cloud config\n", .malformed),
        ("#cloud -config\n", .malformed), ("#cluod-config\n", .malformed),
        // No header.
        ("a: 1\n", .missing), ("# comment\na: 1\n", .missing), ("", .missing), ("#\n", .missing),
        ("#cloud\n", .missing), ("# cloudy day\n", .missing),
        // Other user-data.
        ("#!/bin/sh\n", .otherKind), ("#include\nhttp://x\n", .otherKind), ("#cloud-boothook\n", .otherKind),
        ("#cloud-config-archive\n", .otherKind), ("#cloud-config-jsonp\n", .otherKind),
        ("## template: jinja\n#cloud-config\n", .otherKind), ("#part-handler\n", .otherKind),
        ("MIME-Version: 1.0\n", .otherKind),
    ])
    func verdicts(_ text: String, _ expected: Expected) {
        #expect(Self.verdict(text) == expected, "\(text.debugDescription)")
    }

    @Test func theLineRangeIsTheFirstNonBlankLine() {
        let analysis = HeaderAnalysis(SourceFile(path: "u", text: "\n  #Cloud-Config  \nx: 1\n"))
        #expect(analysis.lineRange.start.line == 2 && analysis.lineRange.start.column == 1)
        #expect(analysis.lineRange.end.column == 18)
        #expect(analysis.lineText == "  #Cloud-Config  ")
    }

    /// cloud-init does not strip a byte order mark, so it does not see the header; the lint
    /// reports the mark, not a second header problem.
    @Test func aByteOrderMarkIsReportedOnce() throws {
        let source = SourceFile(path: "u", bytes: [0xEF, 0xBB, 0xBF] + Array("#cloud-config\nhostname: a\n".utf8))
        #expect(UserDataKind.detect(source.bytes) == .unknown)
        #expect(HeaderAnalysis(source).verdict == .exact)
        let result = CoreRules.linter().lint(source)
        #expect(result.diagnostics.map(\.ruleID) == [.byteOrderMark])
        let bom = try #require(result.diagnostics.first)
        #expect(bom.range.start.offset == 0 && bom.range.end.offset == 3)
        #expect(bom.fixIts.first?.edits.first?.replacement == "")
    }

    @Test(arguments: [
        ("#cloud-config\nhostname: a\n", [RuleID]()), ("#Cloud-Config\nhostname: a\n", [.headerFormat]),
        ("# cloud-config\nhostname: a\n", [.malformedHeader]), ("hostname: a\n", [.missingHeader]),
        ("#cloud config\nhostname: a\n", [.malformedHeader]), ("plain text\n", [.unrecognizedUserData]),
    ])
    func headerFindings(_ text: String, _ rules: [RuleID]) {
        let result = CoreRules.linter().lint(SourceFile(path: "u", text: text))
        #expect(result.diagnostics.map(\.ruleID) == rules, "\(text.debugDescription)")
    }

    @Test func missingHeaderFixInsertsTheHeader() throws {
        let result = CoreRules.linter().lint(SourceFile(path: "u", text: "hostname: a\n"))
        let edit = try #require(result.diagnostics.first?.fixIts.first?.edits.first)
        #expect(edit.range.isEmpty && edit.range.start.offset == 0)
        #expect(edit.replacement == "#cloud-config\n")
    }

    // MARK: Kind detection

    static let kindCases: [(String, UserDataKind)] = [
        ("#cloud-config\n", .cloudConfig), ("#CLOUD-CONFIG\n", .cloudConfig), ("  \n\t#cloud-config\n", .cloudConfig),
        ("\u{0B}\u{0C}\u{1C}#cloud-config\n", .cloudConfig), ("#cloud-config-archive\n", .cloudConfigArchive),
        ("#cloud-config-jsonp\n", .cloudConfigJSONPatch), ("#!/bin/bash\n", .script), ("#! /bin/sh\n", .script),
        ("#cloud-boothook\n", .boothook), ("#include\n", .include), ("#include-once\n", .includeOnce),
        ("#part-handler\n", .partHandler), ("## template: jinja\n", .jinja), ("## Template: Jinja\n", .jinja),
        ("# cloud-config\n", .unknown), ("\u{FEFF}#cloud-config\n", .unknown), ("hostname: a\n", .unknown),
        ("", .unknown),
    ]

    @Test(arguments: kindCases)
    func kinds(_ text: String, _ kind: UserDataKind) {
        #expect(UserDataKind.detect(Array(text.utf8)) == kind, "\(text.debugDescription)")
    }

    @Test func gzipAndMIMEAreDetectedByContent() {
        #expect(UserDataKind.detect([0x1F, 0x8B, 0x08, 0x00]) == .gzip)
        let mime = "Content-Type: multipart/mixed; boundary=x\nMIME-Version: 1.0\n\n--x\n"
        #expect(UserDataKind.detect(Array(mime.utf8)) == .mime)
        // cloud-init looks for mime-version: in the first 4096 bytes, in any case.
        let late = "#cloud-config\n" + String(repeating: "#\n", count: 3000) + "mime-version: 1.0\n"
        #expect(UserDataKind.detect(Array(late.utf8)) == .cloudConfig)
        #expect(UserDataKind.detect(Array("#cloud-config\nx: mime-version: 1\n".utf8)) == .mime)
    }

    /// Our detection agrees with cloud-init's `type_from_starts_with`.
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit), "needs cloud-init (Debian package)"))
    func kindsAgreeWithCloudInit() throws {
        let script = """
            import json, sys
            from cloudinit.handlers import type_from_starts_with
            print(json.dumps([type_from_starts_with(t) for t in json.load(sys.stdin)]))
            """
        let texts = Self.kindCases.map(\.0)
        let answer = try #require(try Oracle.pythonJSON(script, input: texts) as? [Any])
        let mimeTypes: [UserDataKind: String] = [
            .cloudConfig: "text/cloud-config", .cloudConfigArchive: "text/cloud-config-archive",
            .cloudConfigJSONPatch: "text/cloud-config-jsonp", .script: "text/x-shellscript",
            .boothook: "text/cloud-boothook", .include: "text/x-include-url", .includeOnce: "text/x-include-once-url",
            .partHandler: "text/part-handler", .jinja: "text/jinja2",
        ]
        for (index, (text, kind)) in Self.kindCases.enumerated() {
            let theirs = answer[index] as? String
            #expect(theirs == mimeTypes[kind], "\(text.debugDescription): cloud-init says \(theirs ?? "nothing")")
        }
    }
}
