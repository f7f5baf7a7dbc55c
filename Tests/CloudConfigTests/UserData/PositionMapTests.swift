import Foundation
import Testing

@testable import CloudConfig

/// Where payload bytes map to: in the file's own lines for 7bit, 8bit and quoted-printable MIME
/// parts, in the decoded text (named by its envelope path) inside base64 and gzip.
@Suite struct PositionMapTests {
    /// The position of the first occurrence of `needle` in a part's payload.
    static func position(of needle: String, in part: UserDataPart) throws -> String {
        let offset = try #require(ByteSearch.firstOffset(of: Array(needle.utf8), in: part.payload))
        let location = part.positions.location(ofPayloadOffset: offset)
        let envelope = part.positions.envelope
        return (envelope.isFile ? "" : "[\(envelope)] ") + location.description
    }

    static func open(_ name: String, _ transform: ([UInt8]) throws -> [UInt8] = { $0 }) throws -> UserDataEnvelope {
        UserDataEnvelope.open(
            SourceFile(path: name, bytes: try transform(try Golden.fixture("envelopes/" + name))),
            options: EnvelopeOptions(platformEncoding: .detect))
    }

    @Test func sevenBitPartsMapToTheFilesLines() throws {
        let envelope = try Self.open("mime-handmade.txt")
        #expect(
            envelope.parts.map(\.path.description) == [
                "mime part-001 (base.yaml)", "mime part-002 (more.yaml)", "mime part-003 (setup.sh)",
                "mime part-004 (every-boot.sh)", "mime part-005",
            ])
        #expect(try Self.position(of: "#cloud-config", in: envelope.parts[0]) == "10:1")
        #expect(try Self.position(of: "alice", in: envelope.parts[0]) == "14:11")
        #expect(try Self.position(of: "bob", in: envelope.parts[1]) == "26:11")
        #expect(try Self.position(of: "date", in: envelope.parts[3]) == "40:1")
        #expect(envelope.parts.allSatisfy { $0.positions.isContiguous })
    }

    @Test func base64PartsMapToTheirDecodedText() throws {
        let envelope = try Self.open("mime-base64-parts.txt")
        #expect(try Self.position(of: "runcmd", in: envelope.parts[0]) == "[mime part-001 (config.yaml) > base64] 3:1")
        #expect(try Self.position(of: "echo", in: envelope.parts[1]) == "[mime part-002 (run.sh) > base64] 2:1")
        // Columns count characters: after 'é' and '€' the next character is column 14.
        let text = try #require(envelope.text(envelope.parts[0].positions.envelope))
        #expect(text.source.lineText(4) == "  - echo 'é €'")
        #expect(try Self.position(of: "'\n", in: envelope.parts[0]) == "[mime part-001 (config.yaml) > base64] 4:14")
    }

    @Test func quotedPrintableMapsByteByByte() throws {
        let part = try #require(try Self.open("mime-quoted-printable.txt").parts.first)
        // `=3D` decodes to `=`, mapped to the three source characters.
        let equals = try #require(ByteSearch.firstOffset(of: Array("key=".utf8), in: part.payload)) + 3
        #expect(part.positions.location(ofPayloadOffset: equals).description == "11:18")
        #expect(part.positions.range(ofPayloadRange: equals..<(equals + 1)).description == "11:18-11:21")
        // After the soft line break the text continues on the next line.
        #expect(try Self.position(of: "eak here", in: part) == "12:1")
        // `=C3=A9` is two bytes of 'é', each mapped to its escape.
        #expect(try Self.position(of: "\u{E9}", in: part) == "13:19")
        #expect(part.positions.isExact == false)
    }

    @Test func escapedNonASCIIMapsToTheCharacter() throws {
        let part = try #require(try Self.open("mime-non-ascii-7bit.txt").parts.first)
        // '€' arrives as the six bytes `\u20ac`, all at the '€'.
        let escape = try #require(ByteSearch.firstOffset(of: Array("\\u20ac".utf8), in: part.payload))
        #expect(part.positions.range(ofPayloadRange: escape..<(escape + 6)).description == "10:22-10:23")
        #expect(part.positions.location(ofPayloadOffset: escape + 6).description == "10:23")
        // 'é' arrives as the single byte 0xE9.
        let byte = try #require(part.payload.firstIndex(of: 0xE9))
        #expect(part.positions.location(ofPayloadOffset: byte).description == "13:17")
    }

    @Test func gzipAndBase64LayersNameTheDecodedText() throws {
        let envelope = try Self.open("mime-handmade.txt") { bytes in
            try UserDataPacking.pack(bytes, gzip: true, base64: true, lineLength: 76)
        }
        #expect(envelope.root.children.first?.kind == .base64)
        #expect(envelope.parts.count == 5)
        #expect(envelope.parts[1].path.description == "base64 > gzip > mime part-002 (more.yaml)")
        #expect(try Self.position(of: "bob", in: envelope.parts[1]) == "[base64 > gzip] 26:11")
        #expect(envelope.decodedText.path.description == "base64 > gzip")
        #expect(envelope.decodedText.source.bytes == (try Golden.fixture("envelopes/mime-handmade.txt")))
    }

    @Test func plainFilesMapToThemselves() throws {
        let part = try #require(try Self.open("plain-cloud-config.yaml").parts.first)
        #expect(part.path.isFile)
        #expect(try Self.position(of: "curl", in: part) == "3:19")
        let gzipped = try #require(try Self.open("plain-cloud-config.yaml") { try Gzip.compress($0) }.parts.first)
        #expect(try Self.position(of: "curl", in: gzipped) == "[gzip] 3:19")
    }

    @Test func gzipPartsMapToTheirDecompressedText() throws {
        let bytes = EnvelopeCorpus.gzipPart(try Golden.fixture("envelopes/plain-cloud-config.yaml"), filename: "p.yaml")
        let envelope = UserDataEnvelope.open(SourceFile(path: "gz", bytes: bytes))
        let part = envelope.parts[1]
        #expect(part.path.description == "mime part-002 (p.yaml.gz) > gzip")
        #expect(try Self.position(of: "curl", in: part) == "[mime part-002 (p.yaml.gz) > gzip] 3:19")
    }

    @Test func archiveItemsMapLineByLineInLiteralBlocks() throws {
        let envelope = try Self.open("archive.yaml")
        let base = try #require(envelope.parts.first { $0.filename == "base.yaml" })
        #expect(base.path.description == "archive item 2")
        #expect(try Self.position(of: "packages", in: base) == "11:5")
        #expect(try Self.position(of: "git", in: base) == "11:16")
        // A double-quoted item maps to the whole scalar.
        let quoted = try #require(envelope.parts.first { $0.path.description == "archive item 6" })
        #expect(quoted.positions.range(ofPayloadRange: 0..<quoted.payload.count).description == "22:12-22:50")
    }

    @Test func includeURLsHaveTheirPositions() throws {
        let envelope = try Self.open("include.txt")
        #expect(
            envelope.includes.map { "\($0.url) \($0.once) \($0.location)" } == [
                "https://example.com/one.yaml false 2:1-2:29", "https://example.com/two.yaml false 4:3-4:31",
                "https://example.com/three.yaml true 6:15-6:45", "https://example.com/four.yaml true 7:1-7:30",
                "https://example.com/five.yaml false 9:1-9:30",
            ])
    }

    /// For every fixture and every part: the envelope of its positions and where its first and
    /// last payload bytes are, as a golden file.
    @Test func everyPartsPositionsMatchTheGolden() throws {
        var lines: [String] = []
        for (name, bytes) in try EnvelopeCorpus.files() {
            for variant in ["", "gzip", "base64"] {
                var input = bytes
                if variant == "gzip" { input = try Gzip.compress(bytes) }
                if variant == "base64" { input = Array(Base64.encodeLines(bytes).utf8) }
                let envelope = UserDataEnvelope.open(
                    SourceFile(path: name, bytes: input), options: EnvelopeOptions(platformEncoding: .detect))
                for part in envelope.parts {
                    var line = "\(name)\(variant.isEmpty ? "" : " (\(variant))") | \(part.path) | \(part.contentType)"
                    line += " | in [\(part.positions.envelope)]"
                    if !part.payload.isEmpty {
                        let first = part.positions.location(ofPayloadOffset: 0)
                        let last = part.positions.range(ofPayloadRange: (part.payload.count - 1)..<part.payload.count)
                        line += " first \(first) last \(last)"
                    }
                    lines.append(line)
                }
            }
        }
        try Golden.assertMatches(lines.joined(separator: "\n") + "\n", golden: "envelopes/positions.txt")
    }
}
