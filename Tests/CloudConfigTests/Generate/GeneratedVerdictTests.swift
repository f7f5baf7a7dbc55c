import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// The user-data of `Examples/azure-fleet` is valid for both judges: cloud-init 26.2 through its
/// verdicts recorded by `scripts/dev/record-generated-26.2-verdicts`, Debian's 22.4.2 asked now.
@Suite struct GeneratedVerdictTests {
    /// The committed example user-data, by `<distro>/user-data`.
    static func exampleUserData() throws -> [String: Data] {
        let directory = GeneratedCorpus.repositoryRoot.appendingPathComponent("Examples/azure-fleet")
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            let url = directory.appendingPathComponent(name).appendingPathComponent("user-data")
            if FileManager.default.fileExists(atPath: url.path) {
                files[name + "/user-data"] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test func cloudInit262ValidatedTheExampleAsItIs() throws {
        let files = try Self.exampleUserData()
        #expect(files.count == 12)
        let recorded = try JSONDecoder().decode(
            JudgeVerdicts.self, from: try Fixtures.data("verdicts/cloud-init-26.2/generated.json"))
        #expect(recorded.judge.release == "26.2")
        #expect(
            Set(recorded.files.keys) == Set(files.keys),
            "re-record with scripts/dev/record-generated-26.2-verdicts")
        for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
            let verdict = try #require(recorded.files[name])
            #expect(
                verdict.sha256 == SHA256.hex(bytes),
                "\(name) changed since 26.2 judged it: re-record with scripts/dev/record-generated-26.2-verdicts")
            #expect(verdict.outcome == "validated", "\(name)")
            #expect(verdict.errors.isEmpty && verdict.deprecations.isEmpty, "\(name): \(verdict.errors)")
        }
    }

    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func cloudInit2242ValidatesTheExample() throws {
        #expect(Oracle.hasCloudInit, "cloud-init is not installed: apt-get install cloud-init")
        let verdicts = try Judges.live(try Self.exampleUserData())
        #expect(verdicts.files.count == 12)
        for (name, verdict) in verdicts.files.sorted(by: { $0.key < $1.key }) {
            #expect(verdict.outcome == "validated", "\(name)")
            #expect(verdict.errors.isEmpty && verdict.deprecations.isEmpty, "\(name): \(verdict.errors)")
        }
    }
}
