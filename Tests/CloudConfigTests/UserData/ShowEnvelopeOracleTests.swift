import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// `cloudcfg show` on MIME and archives is the configuration cloud-init 22.4.2 composes from
/// their parts: its user-data processor, cloud-config handler, mergers and Jinja part handler,
/// asked at test time through `Fixtures/oracle/userdata_oracle.py`, with the same instance data
/// (`--instance-data`). Runs wherever cloud-init is installed and fails (never skips) under CI
/// when it is missing.
@Suite(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
struct ShowEnvelopeOracleTests {
    static var instanceData: [String: Any] { ["v1": ["local_hostname": "jinja-host", "region": "eastus"]] }

    /// The blobs `show` composes: every envelope fixture and merge case that is MIME or an
    /// archive, as it is and as base64 of its gzip.
    static func blobs() throws -> [UserDataOracle.Blob] {
        var blobs: [UserDataOracle.Blob] = []
        for (name, bytes) in try EnvelopeCorpus.files() + EnvelopeCorpus.mergeFiles() {
            let envelope = UserDataEnvelope.open(SourceFile(path: name, bytes: bytes))
            guard !envelope.isPlain else { continue }
            blobs.append(.init(name: name, bytes: bytes))
            blobs.append(
                .init(name: "base64 < gzip < " + name, bytes: Array(Base64.encodeLines(try Gzip.compress(bytes)).utf8)))
        }
        return blobs
    }

    @Test func showIsWhatCloudInitComposes() throws {
        #expect(Oracle.hasCloudInit, "cloud-init is not installed: apt-get install cloud-init")
        let blobs = try Self.blobs()
        #expect(blobs.count >= 40)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("show-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let data = directory.appendingPathComponent("instance-data.json")
        try JSONSerialization.data(withJSONObject: Self.instanceData).write(to: data)
        // The oracle decodes Azure base64 when told to; show detects it.
        let oracleBlobs = blobs.map { blob in
            var blob = blob
            blob.azure = blob.name.hasPrefix("base64 < ")
            return blob
        }
        let expected = try UserDataOracle.merge(oracleBlobs, instanceData: Self.instanceData)
        var composed = 0
        for (index, (blob, cloudInit)) in zip(blobs, expected).enumerated() {
            let file = directory.appendingPathComponent("blob-\(index)")
            try Data(blob.bytes).write(to: file)
            let output = try CLIRunner.run(["show", "--instance-data", data.path, file.path])
            if cloudInit.rejected {
                #expect(output.status == 65, "\(blob.name): cloud-init rejects it; show exits \(output.status)")
                continue
            }
            guard output.status == 0 else {
                Issue.record("\(blob.name): show exits \(output.status): \(output.stderrText)")
                continue
            }
            let ours = try JSONTree.parse(output.stdoutText)
            if let config = cloudInit.config {
                composed += 1
                #expect(
                    JSONTree.differences(ours, config).isEmpty, "\(blob.name): \(JSONTree.differences(ours, config))")
            } else {
                #expect(output.stdoutText == "null\n", "\(blob.name): cloud-init composes nothing")
            }
        }
        #expect(composed >= 30, "too few compositions compared: \(composed)")
    }
}
