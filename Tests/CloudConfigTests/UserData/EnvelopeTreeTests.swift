import Testing

@testable import CloudConfig

/// The tree a file opens into: layers, containers, parts, archives and includes.
@Suite struct EnvelopeTreeTests {
    static func outline(_ node: EnvelopeNode, _ envelope: UserDataEnvelope, depth: Int = 0) -> [String] {
        let kind: String
        switch node.kind {
        case .file: kind = "file"
        case .base64: kind = "base64"
        case .gzip: kind = "gzip"
        case .multipart(let type): kind = type
        case .part(let index): kind = "part \(envelope.parts[index].filename) \(envelope.parts[index].contentType)"
        case .include: kind = "include"
        case .archive: kind = "archive"
        case .ignored: kind = "ignored"
        }
        let line = String(repeating: "  ", count: depth) + kind + (node.path.isFile ? "" : " @ \(node.path)")
        return [line] + node.children.flatMap { outline($0, envelope, depth: depth + 1) }
    }

    static func outline(_ name: String, _ transform: ([UInt8]) throws -> [UInt8] = { $0 }) throws -> [String] {
        let bytes = try transform(try Golden.fixture("envelopes/" + name))
        let envelope = UserDataEnvelope.open(SourceFile(path: name, bytes: bytes))
        return outline(envelope.root, envelope)
    }

    @Test func nestedMIME() throws {
        #expect(
            try Self.outline("mime-nested.txt") == [
                "file",
                "  multipart/mixed",
                "    multipart/alternative",
                "      part part-001 text/cloud-config @ mime part-001",
                "      part part-002 text/x-shellscript @ mime part-002",
                "    part part-003 text/plain @ mime part-003",
                "    include @ mime part-004",
            ])
    }

    @Test func archiveInsideMIMEInsideGzipInsideBase64() throws {
        #expect(
            try Self.outline("mime-archive-part.txt") { try UserDataPacking.pack($0, gzip: true, base64: true) } == [
                "file",
                "  base64 @ base64",
                "    gzip @ base64 > gzip",
                "      multipart/mixed @ base64 > gzip",
                "        archive @ base64 > gzip > mime part-001",
                "          part part-001 text/cloud-config @ base64 > gzip > mime part-001 > archive item 1",
                "          part part-002 text/x-shellscript @ base64 > gzip > mime part-001 > archive item 2",
                "        part part-003 text/cloud-config @ base64 > gzip > mime part-002",
            ])
    }

    /// A `message/rfc822` part is a part and a container: cloud-init attaches it and, walking
    /// on, the message inside it too (handlers then see that message twice).
    @Test func gzipPartsAndMessages() throws {
        let bytes = EnvelopeCorpus.gzipPart(try Golden.fixture("envelopes/script.sh"), filename: "s.sh")
        let envelope = UserDataEnvelope.open(SourceFile(path: "gz", bytes: bytes))
        #expect(
            Self.outline(envelope.root, envelope) == [
                "file",
                "  multipart/mixed",
                "    part part-001 text/cloud-config @ mime part-001",
                "    gzip @ mime part-002 (s.sh.gz)",
                "      part s.sh.gz text/x-shellscript @ mime part-002 (s.sh.gz) > gzip",
                "    gzip @ mime part-003",
                "      part part-003 text/x-shellscript @ mime part-003 > gzip",
            ])
        #expect(
            try Self.outline("mime-rfc822.txt") == [
                "file",
                "  multipart/mixed",
                "    part part-001 message/rfc822 @ mime part-001",
                "      part part-002 text/cloud-config @ mime part-002",
                "    part part-003 text/x-shellscript @ mime part-003",
            ])
    }

    @Test func plainAndBrokenInputs() throws {
        #expect(try Self.outline("plain-cloud-config.yaml") == ["file", "  part part-001 text/cloud-config"])
        #expect(try Self.outline("include.txt") == ["file", "  include"])
        #expect(try Self.outline("archive-not-list.yaml") == ["file", "  archive"])
        #expect(try Self.outline("mime-no-boundary.txt") == ["file", "  multipart/mixed"])
        #expect(try Self.outline("mime-gzip-not-gzip.txt").count == 4)
    }
}
