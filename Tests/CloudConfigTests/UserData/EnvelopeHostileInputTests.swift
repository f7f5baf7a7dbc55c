import Foundation
import Testing

@testable import CloudConfig

/// Input is hostile: any bytes open without a crash, within bounds, with positions inside the
/// texts they name; nesting and decompression are bounded.
@Suite struct EnvelopeHostileInputTests {
    /// Checks what must hold for any input.
    static func checkInvariants(_ envelope: UserDataEnvelope, _ label: String) {
        for part in envelope.parts {
            #expect(part.positions.payloadLength == part.payload.count, "\(label) \(part.path)")
            let count = part.positions.text.source.bytes.count
            for offset in [0, part.payload.count / 2, part.payload.count] {
                let source = part.positions.sourceOffset(ofPayloadOffset: offset)
                #expect(source >= 0 && source <= count, "\(label) \(part.path) offset \(offset)")
            }
        }
        for finding in envelope.findings {
            let text = envelope.text(finding.location.envelope)
            #expect(text != nil, "\(label): \(finding.location.envelope) is not a text of the envelope")
            if let text { #expect(finding.location.range.end.offset <= text.source.bytes.count, "\(label)") }
        }
    }

    /// Every fixture with random bytes changed, removed or repeated, two thousand times.
    @Test func mutatedCorpusOpensWithoutCrashing() throws {
        var random = SplitMix64(seed: 0xE4E1_0BE5)
        let files = try EnvelopeCorpus.files().filter { !$0.bytes.isEmpty }
        let alphabet = Array("-\n\r=:;\"\\ #!/\u{E9}".utf8) + [0x00, 0x1F, 0x8B, 0xFF, 0xEF, 0xBB, 0xBF]
        for round in 0..<2000 {
            var bytes = files[Int(random.next() % UInt64(files.count))].bytes
            for _ in 0..<(1 + Int(random.next() % 8)) {
                let index = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 4 {
                case 0: bytes[index] = alphabet[Int(random.next() % UInt64(alphabet.count))]
                case 1: bytes.remove(at: index)
                case 2: bytes.insert(contentsOf: bytes[index..<min(bytes.count, index + 40)], at: index)
                default: bytes.insert(alphabet[Int(random.next() % UInt64(alphabet.count))], at: index)
                }
                if bytes.isEmpty { bytes = [0x23] }
            }
            if round % 3 == 0 { bytes = (try? Gzip.compress(bytes)) ?? bytes }
            if round % 5 == 0 { bytes = Array(Base64.encodeLines(bytes).utf8) }
            let envelope = UserDataEnvelope.open(
                SourceFile(path: "mutant-\(round)", bytes: bytes), options: EnvelopeOptions(platformEncoding: .detect))
            Self.checkInvariants(envelope, "round \(round)")
        }
    }

    @Test func deepNestingStopsAtTheLimit() {
        var text = "MIME-Version: 1.0\n"
        for level in 0..<300 { text += "Content-Type: multipart/mixed; boundary=b\(level)\n\n--b\(level)\n" }
        text += "Content-Type: text/cloud-config\n\n#cloud-config\nhostname: deep\n"
        let envelope = UserDataEnvelope.open(SourceFile(path: "deep", text: text))
        #expect(envelope.findings.contains { $0.code == .mimeNestingTooDeep })
        Self.checkInvariants(envelope, "deep")
        let shallow = UserDataEnvelope.open(
            SourceFile(path: "deep", text: text), options: EnvelopeOptions(maxNestingDepth: 400))
        #expect(shallow.parts.map(\.contentType) == ["text/cloud-config"])
    }

    @Test func gzipBombsStopAtTheBudget() throws {
        let bomb = try Gzip.compress([UInt8](repeating: 0x41, count: 8 << 20))
        let outer = UserDataEnvelope.open(
            SourceFile(path: "bomb", bytes: bomb), options: EnvelopeOptions(maxDecodedBytes: 1 << 20))
        #expect(outer.rejection?.code == .decodedTooLarge)
        // A gzip part inside MIME counts against the same budget.
        let mime = EnvelopeCorpus.gzipPart([UInt8](repeating: 0x41, count: 3 << 20), filename: "big")
        let inner = UserDataEnvelope.open(
            SourceFile(path: "bomb", bytes: mime), options: EnvelopeOptions(maxDecodedBytes: 4 << 20))
        #expect(inner.rejection?.code == .decodedTooLarge)
    }

    @Test func manyPartsStayLinear() {
        var text = "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B\n\n"
        for index in 0..<5000 { text += "--B\nContent-Type: text/x-shellscript\n\n#!/bin/sh\necho \(index)\n" }
        text += "--B--\n"
        let envelope = UserDataEnvelope.open(SourceFile(path: "many", text: text))
        #expect(envelope.parts.count == 5000)
        #expect(envelope.parts.last?.filename == "part-5000")
    }
}

/// Base64 the platform decodes (Azure custom data): detected only when it decodes to user-data
/// cloud-init recognises, decoded like Azure's datasource when declared.
@Suite struct PlatformBase64Tests {
    @Test func detectsWrappedAndUnwrappedBase64OfUserData() throws {
        let plain = try Golden.fixture("envelopes/mime-handmade.txt")
        for encoded in [Base64.encode(plain), Base64.encodeLines(plain), Base64.encodeLines(plain, lineLength: 64)] {
            let envelope = UserDataEnvelope.open(SourceFile(path: "custom-data", text: encoded))
            #expect(envelope.root.children.first?.kind == .base64)
            #expect(envelope.parts.count == 5)
        }
    }

    @Test(arguments: ["hostname: no header\n", "abcd", "SGVsbG8gd29ybGQ=", "#cloud-config\nhostname: x\n"])
    func leavesOtherTextAlone(text: String) {
        let envelope = UserDataEnvelope.open(SourceFile(path: "plain", text: text))
        #expect(envelope.root.children.first?.kind != .base64)
        #expect(envelope.parts.first?.payload == Array(text.utf8))
    }

    @Test func declaredBase64MustDecode() {
        let envelope = UserDataEnvelope.open(
            SourceFile(path: "custom-data", text: "#cloud-config\n"),
            options: EnvelopeOptions(platformEncoding: .base64))
        #expect(envelope.rejection?.code == .base64Invalid)
    }

    @Test func doubleEncodingIsReported() {
        let once = Base64.encode(Array("#cloud-config\nhostname: twice\n".utf8))
        let twice = Base64.encodeLines(Array(once.utf8))
        let envelope = UserDataEnvelope.open(SourceFile(path: "custom-data", text: twice))
        #expect(
            envelope.findings.contains {
                $0.code == .base64DoubleEncoded && $0.location.envelope.description == "base64"
            })
        #expect(envelope.parts.first?.contentType == "text/x-not-multipart")
    }
}
