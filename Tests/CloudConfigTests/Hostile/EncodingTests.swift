import CloudConfig
import Foundation
import Testing

/// Bytes that are not UTF-8 text, NUL bytes and UTF-16 get a finding that says so, at their
/// position, from every reader that takes them: the linter, the user-data envelope, the waagent
/// parser and the profile reader.
@Suite struct EncodingTests {
    static let text = HostileInput.header + "hostname: web\n"

    /// Each input, its finding's rule, line and column, and a part of the message.
    static let cases: [(name: String, bytes: [UInt8], rule: RuleID, line: Int, column: Int, message: String)] = [
        (
            "NUL at the start", [0] + Array(text.utf8), .invalidEncoding, 1, 1,
            "the input is binary, not text: it has a NUL byte"
        ),
        (
            "NUL in the middle", Array((HostileInput.header + "hostname: w").utf8) + [0] + Array("eb\n".utf8),
            .invalidCharacter, 2, 12, "a NUL byte is not allowed in YAML"
        ),
        (
            "invalid UTF-8", Array((HostileInput.header + "hostname: w").utf8) + [0xFF, 0xFE] + Array("eb\n".utf8),
            .invalidEncoding, 2, 12, "invalid UTF-8 (byte 0xFF)"
        ),
        (
            "UTF-16 LE with BOM", [0xFF, 0xFE] + utf16(text, bigEndian: false), .invalidEncoding, 1, 1,
            "UTF-16 (little-endian)"
        ),
        (
            "UTF-16 BE with BOM", [0xFE, 0xFF] + utf16(text, bigEndian: true), .invalidEncoding, 1, 1,
            "UTF-16 (big-endian)"
        ),
        ("UTF-16 LE", utf16(text, bigEndian: false), .invalidEncoding, 1, 1, "UTF-16 (little-endian)"),
        ("UTF-16 BE", utf16(text, bigEndian: true), .invalidEncoding, 1, 1, "UTF-16 (big-endian)"),
    ]

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { unit in
            bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
    }

    @Test func theLinterReportsEachAtItsPosition() throws {
        for item in Self.cases {
            let result = HostileInput.lint(item.bytes)
            let finding = try #require(result.diagnostics.first, "\(item.name)")
            #expect(result.diagnostics.count == 1, "\(item.name): \(result.diagnostics.map(\.message))")
            #expect(finding.ruleID == item.rule, "\(item.name)")
            #expect(finding.message.contains(item.message), "\(item.name): \(finding.message)")
            #expect(
                (finding.range.start.line, finding.range.start.column) == (item.line, item.column),
                "\(item.name): \(finding.range.start)")
            #expect(result.isUnparsable, "\(item.name)")
        }
    }

    @Test func theCLIExitsWithDataError() throws {
        for item in Self.cases {
            let run = try HostileInput.cli(["lint"], bytes: item.bytes)
            #expect(run.status == 65, "\(item.name)")
            #expect(
                run.stdout.contains(":\(item.line):\(item.column): error: ") && run.stdout.contains(item.message)
                    && run.stdout.contains("[\(item.rule.rawValue)]"), "\(item.name): \(run.stdout)")
        }
    }

    /// The envelope reader does not judge the YAML: text that does not start with a header it
    /// knows is an ignored part; the linter reports the bytes.
    @Test func theEnvelopeOpensEachAsOnePart() {
        for item in Self.cases {
            let envelope = UserDataEnvelope.open(SourceFile(path: "user-data", bytes: item.bytes))
            #expect(envelope.rejection == nil, "\(item.name)")
            let startsWithHeader = item.bytes.starts(with: Array(HostileInput.header.utf8))
            #expect(
                envelope.parts.map(\.contentType) == [startsWithHeader ? "text/cloud-config" : "text/x-not-multipart"],
                "\(item.name)")
            #expect(envelope.findings.map(\.code) == (startsWithHeader ? [] : [.partIgnored]), "\(item.name)")
        }
    }

    /// The agent decodes waagent.conf as strict UTF-8: a NUL byte is a character of a key or a
    /// value, invalid UTF-8 stops it, and UTF-16 is refused at its byte order mark or read as
    /// keys full of NULs.
    @Test func theWaagentParserReadsEachAsTheAgentDoes() throws {
        let conf = "Provisioning.Agent=auto\nResourceDisk.Format=n\n"
        let inputs: [(String, [UInt8], AgentFileStatus, RuleID, String)] = [
            ("NUL at the start", [0] + Array(conf.utf8), .readable, .waagentUnknownOption, "1:1"),
            (
                "NUL in the middle", Array("Provisioning.Agent=au".utf8) + [0] + Array("to\n".utf8), .readable,
                .waagentProvisioningAgentValue, "1:20"
            ),
            (
                "invalid UTF-8", Array("Provisioning.Agent=au".utf8) + [0xFF] + Array("to\n".utf8),
                .invalidEncoding(offset: 21), .waagentInvalidEncoding, "1:22"
            ),
            (
                "UTF-16 LE with BOM", [0xFF, 0xFE] + Self.utf16(conf, bigEndian: false), .invalidEncoding(offset: 0),
                .waagentInvalidEncoding, "1:1"
            ),
            ("UTF-16 BE", Self.utf16(conf, bigEndian: true), .readable, .waagentUnknownOption, "1:1"),
        ]
        for (name, bytes, status, rule, start) in inputs {
            let source = SourceFile(path: "waagent.conf", bytes: bytes)
            #expect(AgentConfiguration(source).status == status, "\(name)")
            let finding = try #require(Linter().lint(source, as: .waagent).diagnostics.first, "\(name)")
            #expect(finding.ruleID == rule, "\(name)")
            #expect(finding.range.start.description == start, "\(name)")
        }
    }

    @Test func theProfileReaderReportsEach() throws {
        let profile = "cloudcfg-profile: 1\nname: web\n"
        let inputs: [(String, [UInt8], RuleID, String)] = [
            ("NUL at the start", [0] + Array(profile.utf8), .invalidCharacter, "1:1"),
            (
                "NUL in the middle", Array("cloudcfg-profile: 1\nname: w".utf8) + [0] + Array("eb\n".utf8),
                .invalidCharacter, "2:8"
            ),
            (
                "invalid UTF-8", Array("cloudcfg-profile: 1\nname: w".utf8) + [0xFF] + Array("eb\n".utf8),
                .invalidEncoding, "2:8"
            ),
            ("UTF-16 LE with BOM", [0xFF, 0xFE] + Self.utf16(profile, bigEndian: false), .invalidEncoding, "1:1"),
            ("UTF-16 BE", Self.utf16(profile, bigEndian: true), .invalidEncoding, "1:1"),
        ]
        for (name, bytes, rule, start) in inputs {
            let diagnostics = ProfileReader.lint(SourceFile(path: "profile.yaml", bytes: bytes))
            let finding = try #require(diagnostics.first, "\(name)")
            #expect(diagnostics.count == 1, "\(name): \(diagnostics.map(\.message))")
            #expect(finding.ruleID == rule, "\(name)")
            #expect(finding.range.start.description == start, "\(name)")
        }
    }
}
