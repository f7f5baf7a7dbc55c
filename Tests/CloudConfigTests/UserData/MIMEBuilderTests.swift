import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// `MIMEBuilder`: what it writes, and that cloud-init (and cloudcfg) split it back into exactly
/// the parts given.
@Suite struct MIMEBuilderTests {
    /// Parts chosen to be hard to carry: non-ASCII text, bytes that are not UTF-8, CR LF and a
    /// lone CR, a long line, text that looks like a delimiter, empty content, content without a
    /// final line break, quotes and non-ASCII in file names, merge and launch-index headers.
    static let parts: [MIMEPart] = [
        MIMEPart(text: "#cloud-config\npackages: [nginx]\n", contentType: "text/cloud-config", filename: "base.yaml"),
        MIMEPart(
            text: "#cloud-config\nfinal_message: \"caf\u{E9} \u{20AC} \u{1F600}\"\n", contentType: "text/cloud-config",
            filename: "unicode.yaml", mergeType: "list(append)+dict(recurse_array)+str()"),
        MIMEPart(text: "#!/bin/sh\r\necho crlf\r\n", contentType: "text/x-shellscript", filename: "crlf.sh"),
        MIMEPart(text: "#!/bin/sh\recho lone cr", contentType: "text/x-shellscript-per-boot", filename: "cr.sh"),
        MIMEPart(
            text: "#!/bin/sh\necho " + String(repeating: "x", count: 1200) + "\n", contentType: "text/x-shellscript",
            filename: "long \"quoted\" name.sh"),
        MIMEPart(
            text: "#cloud-config\nwrite_files:\n  - content: |\n      --===============1==\n    path: /x\n",
            contentType: "text/cloud-config"),
        MIMEPart(
            content: [0x1F, 0x8B, 0x00, 0xFF, 0xFE, 0x0A], contentType: "application/octet-stream", filename: "blob.bin"
        ),
        MIMEPart(text: "", contentType: "text/cloud-boothook"),
        MIMEPart(text: "#cloud-config\nhostname: x", contentType: "text/cloud-config", filename: "caf\u{E9}.yaml"),
        MIMEPart(
            content: Array("#cloud-config\nruncmd: [ls]\n".utf8), contentType: "text/cloud-config", launchIndex: 2),
        MIMEPart(
            text: "## template: jinja\n#cloud-config\nhostname: {{ v1.local_hostname }}\n", contentType: "text/jinja2"),
    ]

    @Test func writesMIMEVersionFirstAndEncodesByContent() throws {
        let message = String(decoding: try MIMEBuilder.build(Self.parts), as: UTF8.self)
        #expect(message.hasPrefix("MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"==============="))
        #expect(
            message.contains("Content-Type: text/cloud-config; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n")
        )
        #expect(
            message.contains("Content-Type: text/cloud-config; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n"))
        #expect(message.contains("Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n"))
        #expect(message.contains("filename*=utf-8''caf%C3%A9.yaml"))
        #expect(message.contains("filename=\"long \\\"quoted\\\" name.sh\""))
        #expect(message.contains("Merge-Type: list(append)+dict(recurse_array)+str()\n"))
        #expect(message.contains("Launch-Index: 2\n"))
    }

    @Test func boundaryOccursInNoPart() throws {
        let boundary = MIMEBuilder.boundary(for: Self.parts)
        for part in Self.parts {
            #expect(ByteSearch.firstOffset(of: Array(boundary.utf8), in: part.content) == nil)
        }
        // A part that contains the first candidate forces another one.
        let trap = MIMEPart(text: "--" + boundary + "\n", contentType: "text/plain")
        let other = MIMEBuilder.boundary(for: Self.parts + [trap])
        #expect(ByteSearch.firstOffset(of: Array(other.utf8), in: trap.content) == nil)
    }

    @Test func sameInputSameBytes() throws {
        #expect(try MIMEBuilder.build(Self.parts) == MIMEBuilder.build(Self.parts))
    }

    @Test(arguments: ["text", "text/", "/plain", "text/plain; charset=utf-8", "multipart/mixed", "text/pl ain"])
    func rejectsTypesThatAreNotTypeSlashSubtype(type: String) {
        #expect(throws: MIMEBuilder.Error.self) { try MIMEBuilder.build([MIMEPart(text: "x", contentType: type)]) }
    }

    @Test func rejectsHeaderInjection() {
        let part = MIMEPart(text: "x", contentType: "text/cloud-config", filename: "a\nContent-Type: text/plain")
        #expect(throws: MIMEBuilder.Error.self) { try MIMEBuilder.build([part]) }
    }

    /// cloudcfg's own opener reads back every part with its type, file name and bytes.
    @Test func opensBackIntoThePartsGiven() throws {
        let envelope = UserDataEnvelope.open(SourceFile(path: "built", bytes: try MIMEBuilder.build(Self.parts)))
        #expect(envelope.rejection == nil)
        try #require(envelope.parts.count == Self.parts.count)
        for (number, (given, read)) in zip(Self.parts, envelope.parts).enumerated() {
            #expect(read.payload == given.content, "part \(number + 1)")
            #expect(read.filename == (given.filename ?? "part-" + EnvelopeOpener.threeDigits(number + 1)))
        }
        // Only the binary part draws a finding: no handler takes application/octet-stream.
        #expect(envelope.findings.filter { $0.severity != .note }.map(\.code) == [.unknownContentType])
    }

    /// cloud-init itself reads back every part with its type, file name, bytes and headers.
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func cloudInitSplitsItIntoThePartsGiven() throws {
        try #require(Oracle.hasCloudInit, "cloud-init is not installed for /usr/bin/python3")
        let built = try MIMEBuilder.build(Self.parts)
        let split = try #require(try UserDataOracle.split([.init(name: "built", bytes: built)]).first)
        #expect(!split.rejected)
        try #require(split.parts.count == Self.parts.count)
        for (number, (given, read)) in zip(Self.parts, split.parts).enumerated() {
            #expect(read.type == given.contentType, "part \(number + 1)")
            #expect(read.filename == (given.filename ?? "part-" + EnvelopeOpener.threeDigits(number + 1)))
            #expect(
                read.payload.flatMap { Data(base64Encoded: $0) }.map(Array.init) == given.content, "part \(number + 1)")
            let headers = Dictionary(read.headers.map { ($0[0], $0[1]) }, uniquingKeysWith: { first, _ in first })
            #expect(headers["Merge-Type"] == given.mergeType)
            #expect(headers["Launch-Index"] == given.launchIndex.map(String.init))
        }
        #expect(UserDataOracle.ours(.init(name: "built", bytes: built)) == split)
    }

    /// Messages made by `cloud-init devel make-mime` split the same in cloudcfg as in cloud-init.
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func makeMimeOutputSplitsLikeCloudInit() throws {
        try #require(Oracle.hasCloudInit, "cloud-init is not installed for /usr/bin/python3")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cloudcfg-make-mime-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputs: [(String, String, String)] = [
            ("config.yaml", "cloud-config", "#cloud-config\nhostname: made\nfinal_message: \"caf\u{E9}\"\n"),
            ("setup.sh", "x-shellscript", "#!/bin/sh\necho made\n"),
            ("boot.sh", "x-shellscript-per-boot", "#!/bin/sh\necho per boot\n"),
            ("hook.txt", "cloud-boothook", "#cloud-boothook\necho hook\n"),
            ("tmpl.txt", "jinja2", "## template: jinja\n#cloud-config\nhostname: {{ v1.local_hostname }}\n"),
            ("list.txt", "x-include-url", "https://example.com/made.yaml\n"),
            ("archive.yaml", "cloud-config-archive", "- \"#cloud-config\\nhostname: archived\\n\"\n"),
        ]
        var arguments = ["devel", "make-mime"]
        for (name, type, text) in inputs {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name))
            arguments += ["-a", directory.appendingPathComponent(name).path + ":" + type]
        }
        var blobs: [UserDataOracle.Blob] = []
        for count in 1...inputs.count {
            let output = try Oracle.run("/usr/bin/cloud-init", Array(arguments.prefix(2 + 2 * count)))
            try #require(output.status == 0, "make-mime: \(output.stderrText)")
            blobs.append(.init(name: "make-mime \(count)", bytes: Array(output.stdout)))
        }
        let expected = try UserDataOracle.split(blobs)
        for (blob, cloudInit) in zip(blobs, expected) {
            #expect(UserDataOracle.ours(blob) == cloudInit, "\(blob.name)")
        }
        #expect(expected.last?.parts.count == inputs.count - 1)
        #expect(expected.last?.includes.count == 1)
    }
}
