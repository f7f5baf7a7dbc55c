import CloudConfig
import Foundation
import TestSupport
import Testing

/// `cloudcfg pack`, run as a subprocess; cloud-init's user-data processor splits what it packs
/// into exactly the parts given.
@Suite struct PackCommandTests {
    static let cloudConfig = "#cloud-config\npackages: [nginx]\n"
    static let script = "#!/bin/sh\necho hello\n"
    static let plain = "echo no header\n"

    static func write(_ harness: borrowing LintHarness) throws {
        try harness.write("config.yaml", cloudConfig)
        try harness.write("setup.sh", script)
        try harness.write("plain.txt", plain)
    }

    @Test func packsPartsWithTheirTypes() throws {
        let harness = try LintHarness()
        try Self.write(harness)
        let run = try harness.run([
            "pack", "config.yaml", "setup.sh", "plain.txt:text/x-shellscript", "--merge-type",
            "list(append)+dict(recurse_array)+str()",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="))
        #expect(run.stderr.hasPrefix("raw \(run.stdout.utf8.count) bytes, gzip "))
        let envelope = UserDataEnvelope.open(SourceFile(path: "packed", text: run.stdout))
        #expect(envelope.parts.map(\.contentType) == ["text/cloud-config", "text/x-shellscript", "text/x-shellscript"])
        #expect(envelope.parts.map(\.filename) == ["config.yaml", "setup.sh", "plain.txt"])
        #expect(
            envelope.parts.map { String(decoding: $0.payload, as: UTF8.self) } == [
                Self.cloudConfig, Self.script, Self.plain,
            ])
        #expect(envelope.parts.first?.mergeTypeHeader == "list(append)+dict(recurse_array)+str()")
        #expect(envelope.parts[1].mergeTypeHeader == nil)
    }

    @Test func gzipAndBase64AsPlatformsTakeThem() throws {
        let harness = try LintHarness()
        try Self.write(harness)
        let run = try harness.run(["pack", "config.yaml", "setup.sh", "--gzip", "--base64", "--output", "packed.b64"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let text = try String(contentsOfFile: harness.path("packed.b64"), encoding: .utf8)
        let gzip = try #require(Data(base64Encoded: text))
        #expect(Array(gzip.prefix(2)) == [0x1F, 0x8B])
        let envelope = UserDataEnvelope.open(SourceFile(path: "packed", bytes: Array(gzip)))
        #expect(envelope.parts.count == 2)
        // An existing output is kept without --force.
        let again = try harness.run(["pack", "config.yaml", "--output", "packed.b64"])
        #expect(again.status == 73)
        #expect(try String(contentsOfFile: harness.path("packed.b64"), encoding: .utf8) == text)
        #expect(try harness.run(["pack", "config.yaml", "--output", "packed.b64", "--force"]).status == 0)
    }

    @Test func refusesOutputOverItsBudgetWithTheSizes() throws {
        let harness = try LintHarness()
        var generator = SplitMix64Generator(seed: 3)
        let noise = (0..<30_000).map { _ in String(UnicodeScalar(UInt8(97 + Int(generator.next() % 26)))) }.joined()
        try harness.write("big.yaml", "#cloud-config\nwrite_files:\n  - path: /x\n    content: \(noise)\n")
        let run = try harness.run(["pack", "big.yaml", "--budget", "aws", "--output", "out.txt"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("aws: "))
        #expect(run.stderr.contains("over by"))
        #expect(run.stderr.contains("error: the user-data does not fit AWS EC2 user data; nothing written"))
        #expect(!FileManager.default.fileExists(atPath: harness.path("out.txt")))
        let fits = try harness.run(["pack", "big.yaml", "--budget", "azure-custom-data"])
        #expect(fits.status == 0)
        #expect(fits.stderr.contains("azure-custom-data: "))
    }

    @Test func partsWhoseTypeCannotBeToldAreRefused() throws {
        let harness = try LintHarness()
        try Self.write(harness)
        let run = try harness.run(["pack", "plain.txt"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("give its type as plain.txt:TYPE"))
        #expect(try harness.run(["pack", "missing.yaml"]).status == 66)
        #expect(try harness.run(["pack"]).status == 64)
        #expect(try harness.run(["pack", "config.yaml", "--budget", "nope"]).status == 64)
    }

    /// cloud-init 22.4.2's own user-data processor splits the packed message into the parts given,
    /// plain, gzipped, and base64 as Azure custom data.
    @Test(.enabled(if: DebianPython.shouldRun(DebianPython.hasModule("cloudinit.user_data"))))
    func cloudInitSplitsThePackIntoThePartsGiven() throws {
        let harness = try LintHarness()
        try Self.write(harness)
        let script = try Self.oracleScript()
        var blobs: [[String: Any]] = []
        for flags in [[], ["--gzip"], ["--gzip", "--base64"]] {
            let out = "packed\(blobs.count)"
            let run = try harness.run(
                ["pack", "config.yaml", "setup.sh", "plain.txt:text/x-shellscript", "--output", out] + flags)
            #expect(run.status == 0, "\(run.stderr)")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: harness.path(out)))
            let isBase64 = flags.contains("--base64")
            // The oracle takes every blob in base64; Azure custom data is base64 itself.
            blobs.append(["base64": bytes.base64EncodedString(), "azure": isBase64])
        }
        let output = try Subprocess.run(
            DebianPython.path, [script, "split"], input: try JSONSerialization.data(withJSONObject: ["blobs": blobs]))
        #expect(output.status == 0, "\(output.stderrText)")
        let answer = try #require(try JSONSerialization.jsonObject(with: output.stdout) as? [String: Any])
        let results = try #require(answer["results"] as? [[String: Any]])
        #expect(results.count == 3)
        for result in results {
            #expect(result["error"] is NSNull || result["error"] == nil, "\(result)")
            let parts = try #require(result["parts"] as? [[String: Any]])
            #expect(
                parts.compactMap { $0["type"] as? String } == [
                    "text/cloud-config", "text/x-shellscript", "text/x-shellscript",
                ])
            #expect(parts.compactMap { $0["filename"] as? String } == ["config.yaml", "setup.sh", "plain.txt"])
            let payloads = parts.compactMap { ($0["payload"] as? String).flatMap { Data(base64Encoded: $0) } }
            #expect(payloads == [Data(Self.cloudConfig.utf8), Data(Self.script.utf8), Data(Self.plain.utf8)])
        }
    }

    /// The user-data oracle of the library's tests.
    static func oracleScript() throws -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("CloudConfigTests/Fixtures/oracle/userdata_oracle.py").path
    }
}

/// A deterministic generator for test data.
struct SplitMix64Generator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
