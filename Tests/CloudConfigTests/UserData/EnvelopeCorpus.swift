import Foundation
import Testing

@testable import CloudConfig

/// The user-data corpus the envelope oracle tests split with cloud-init and with cloudcfg: the
/// files in `Fixtures/envelopes`, and what the tests derive from them (gzip, Azure base64 wrapped
/// and not, base64 of gzip, CR LF line endings, gzip parts inside MIME).
enum EnvelopeCorpus {
    /// The fixture files, by name.
    static func files() throws -> [(name: String, bytes: [UInt8])] {
        let directory = try Fixtures.url("envelopes")
        return try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { !$0.hasDirectoryPath }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .map { ($0.lastPathComponent, Array(try Data(contentsOf: $0))) }
    }

    /// The merge cases in `Fixtures/envelopes/merge`.
    static func mergeFiles() throws -> [(name: String, bytes: [UInt8])] {
        let directory = try Fixtures.url("envelopes/merge")
        return try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .map { ("merge/" + $0.lastPathComponent, Array(try Data(contentsOf: $0))) }
    }

    /// Every blob: each file as it is, gzipped, as Azure base64 (wrapped at 76 columns for every
    /// other file), as base64 of its gzip, with CR LF line endings (MIME files), and each text
    /// file as a gzip part of a MIME message.
    static func blobs() throws -> [UserDataOracle.Blob] {
        var blobs: [UserDataOracle.Blob] = []
        for (index, (name, bytes)) in try files().enumerated() {
            blobs.append(.init(name: name, bytes: bytes))
            let gzipped = try Gzip.compress(bytes)
            blobs.append(.init(name: name + " > gzip", bytes: gzipped))
            let encoded = index % 2 == 0 ? Base64.encodeLines(bytes) : Base64.encode(bytes)
            blobs.append(.init(name: "base64 < " + name, bytes: Array(encoded.utf8), azure: true))
            blobs.append(
                .init(name: "base64 < gzip < " + name, bytes: Array(Base64.encodeLines(gzipped).utf8), azure: true))
            if name.hasPrefix("mime-") {
                blobs.append(.init(name: name + " (CR LF)", bytes: crlf(bytes)))
            } else if !bytes.isEmpty {
                blobs.append(.init(name: "mime > gzip part < " + name, bytes: gzipPart(bytes, filename: name)))
            }
        }
        return blobs
    }

    /// LF line breaks turned into CR LF.
    static func crlf(_ bytes: [UInt8]) -> [UInt8] {
        bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] }
    }

    /// A MIME message with a text part, a gzip part of the content and an `application/gzip`
    /// part without a file name, written by hand the way Terraform's `cloudinit_config` with
    /// `gzip = true` parts look.
    static func gzipPart(_ bytes: [UInt8], filename: String) -> [UInt8] {
        let gzipped = (try? Gzip.compress(bytes)) ?? []
        let text = """
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="GZ"

            --GZ
            Content-Type: text/cloud-config

            #cloud-config
            timezone: UTC
            --GZ
            Content-Type: application/x-gzip
            Content-Transfer-Encoding: base64
            Content-Disposition: attachment; filename="\(filename).gz"
            Launch-Index: 0

            \(Base64.encodeLines(gzipped))
            --GZ
            Content-Type: application/gzip
            Content-Transfer-Encoding: base64

            \(Base64.encode(gzipped))
            --GZ--

            """
        return Array(text.utf8)
    }
}
