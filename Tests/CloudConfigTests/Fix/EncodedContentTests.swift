import Testing

@testable import CloudConfig

/// The stretches of user-data that cloud-init decodes before reading them, which `--fix` leaves
/// alone.
@Suite struct EncodedContentTests {
    static func edit(_ start: Int, _ end: Int) -> TextEdit {
        TextEdit(
            range: SourceRange(
                start: SourceLocation(line: 1, column: start + 1, offset: start),
                end: SourceLocation(line: 1, column: end + 1, offset: end)),
            replacement: "x")
    }

    @Test func aCompressedOrBase64FileIsEncodedWhole() throws {
        let text = Array("#cloud-config\npackages: [nginx]\n".utf8)
        let compressed = try Gzip.compress(text)
        let gzip = EncodedContent(SourceFile(path: "u", bytes: compressed), kind: .userData)
        #expect(gzip.wholeFile?.description == "gzip-compressed user-data")
        // Every edit touches a whole-file region, even an insertion at either end.
        #expect(gzip.region(touching: Self.edit(0, 0)) != nil)
        #expect(gzip.region(touching: Self.edit(compressed.count, compressed.count)) != nil)
        let encoded = SourceFile(path: "u", text: Base64.encode(text) + "\n")
        let base64 = EncodedContent(encoded, kind: .userData)
        #expect(base64.wholeFile?.description == "base64-encoded user-data")
        // As the linter reads it: --base64 declares the file base64, and detection can be off.
        #expect(EncodedContent(encoded, kind: .userData, platformEncoding: .none).regions.isEmpty)
        let declared = SourceFile(path: "u", text: "aGVsbG8K\n")
        #expect(EncodedContent(declared, kind: .userData).regions.isEmpty)
        #expect(EncodedContent(declared, kind: .userData, platformEncoding: .base64).wholeFile != nil)
    }

    @Test func plainInputsHaveNoEncodedContent() {
        let plain = SourceFile(path: "u", text: "#cloud-config\npackages: [nginx]\n")
        #expect(EncodedContent(plain, kind: .userData).regions.isEmpty)
        // Base64 text that does not decode to user-data is read as it is, by cloud-init too.
        #expect(EncodedContent(SourceFile(path: "u", text: "aGVsbG8K\n"), kind: .userData).regions.isEmpty)
        // Other kinds of input are never encoded, whatever their bytes.
        let bytes = (try? Gzip.compress(Array("x".utf8))) ?? []
        #expect(EncodedContent(SourceFile(path: "waagent.conf", bytes: bytes), kind: .waagent).regions.isEmpty)
    }

    @Test func theBodiesOfTransferEncodedPartsAreEncoded() throws {
        let text = """
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="XX"

            --XX
            Content-Type: text/cloud-config
            Content-Transfer-Encoding: 7bit

            #cloud-config
            --XX
            Content-Type: text/x-shellscript
            Content-Transfer-Encoding: base64

            IyEvYmluL3NoCmVjaG8gaGkK
            --XX
            Content-Type: text/cloud-config
            Content-Transfer-Encoding: Quoted-Printable

            #cloud-config
            hostname: a=3Db
            --XX--

            """
        let source = SourceFile(path: "u", text: text)
        let content = EncodedContent(source, kind: .userData)
        #expect(content.wholeFile == nil)
        #expect(
            content.regions.map(\.description) == [
                "the base64 body of mime part-002", "the quoted-printable body of mime part-003",
            ])
        let base64 = try #require(content.regions.first)
        #expect(String(decoding: source.bytes[base64.range], as: UTF8.self) == "IyEvYmluL3NoCmVjaG8gaGkK")
        let qp = content.regions[1]
        #expect(String(decoding: source.bytes[qp.range], as: UTF8.self) == "#cloud-config\nhostname: a=3Db")
        // An edit overlapping a body touches it; an insertion at its edge or an edit of the 7bit
        // part does not.
        #expect(content.region(touching: Self.edit(qp.range.lowerBound + 2, qp.range.lowerBound + 3)) == qp)
        #expect(content.region(touching: Self.edit(qp.range.upperBound - 1, qp.range.upperBound + 4)) == qp)
        #expect(content.region(touching: Self.edit(qp.range.upperBound, qp.range.upperBound)) == nil)
        #expect(content.region(touching: Self.edit(qp.range.lowerBound + 1, qp.range.lowerBound + 1)) == qp)
        let sevenBit = try #require(ByteSearch.firstOffset(of: Array("#cloud-config".utf8), in: source.bytes))
        #expect(content.region(touching: Self.edit(sevenBit, sevenBit + 1)) == nil)
    }
}
