import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// cloud-init as the judge of how cloudcfg reads the system configuration: for every case under
/// `Fixtures/system-config` (a `cloud.cfg` and a `cloud.cfg.d`), each file must load as
/// `cloudinit.util.read_conf` loads it (ignored where it is ignored) and the case must merge as
/// `read_conf_with_confd` merges it (failing where it fails) — in the library and through
/// `cloudcfg show`. Debian's 22.4.2 is asked at test time; 26.2 answers through
/// `cloud-init-26.2.json`, recorded by `scripts/dev/record-system-config-26.2`.
@Suite struct SystemConfigOracleTests {
    /// What cloud-init makes of one case.
    struct Verdict {
        var merged: JSONTree?
        var fails: Bool
        var files: [String: (json: JSONTree?, ignored: Bool, fails: Bool)]
    }

    static var directory: URL { get throws { try Fixtures.url("system-config") } }

    /// The case directories.
    static func cases() throws -> [String] {
        let contents = try FileManager.default.contentsOfDirectory(atPath: try directory.path)
        return contents.filter { name in
            var isDirectory: ObjCBool = false
            let path = (try? directory.appendingPathComponent(name).path) ?? ""
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }.sorted()
    }

    /// A case's files as cloud-init lists them: `cloud.cfg`, then `cloud.cfg.d/*.cfg`.
    static func files(of name: String) throws -> [String] {
        let base = try directory.appendingPathComponent(name)
        var files =
            FileManager.default.fileExists(atPath: base.appendingPathComponent("cloud.cfg").path) ? ["cloud.cfg"] : []
        let dropIns =
            (try? FileManager.default.contentsOfDirectory(atPath: base.appendingPathComponent("cloud.cfg.d").path))
            ?? []
        files += dropIns.filter { $0.hasSuffix(".cfg") }.sorted().map { "cloud.cfg.d/" + $0 }
        return files
    }

    /// Parses the oracle's answer.
    static func verdicts(_ data: Data) throws -> [String: Verdict] {
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try #require(root["cases"] as? [String: [String: Any]])
        return try cases.mapValues { answer in
            let files = try #require(answer["files"] as? [String: [String: Any]])
            return Verdict(
                merged: try (answer["merged"] as? String).map(JSONTree.parse), fails: answer["error"] != nil,
                files: try files.mapValues { file in
                    (
                        try (file["json"] as? String).map(JSONTree.parse), file["ignored"] as? Bool ?? false,
                        file["error"] != nil
                    )
                })
        }
    }

    /// Asks the installed cloud-init.
    static func live() throws -> [String: Verdict] {
        let script = try directory.appendingPathComponent("system_config_oracle.py").path
        let output = try Oracle.run(Oracle.python, [script, "record", try directory.path])
        guard output.status == 0 else {
            throw OracleError(message: "system_config_oracle.py exited \(output.status): \(output.stderrText)")
        }
        return try verdicts(output.stdout)
    }

    /// Loads and merges a case as cloudcfg does.
    static func ours(_ name: String) throws -> (configuration: SystemConfiguration, files: [String: SystemConfigFile]) {
        var files: [String: SystemConfigFile] = [:]
        for file in try Self.files(of: name) {
            let url = try directory.appendingPathComponent(name).appendingPathComponent(file)
            files[file] = SystemConfigFile(SourceFile(path: url.path, bytes: Array(try Data(contentsOf: url))))
        }
        let dropIns = files.filter { $0.key != "cloud.cfg" }.map(\.value)
        return (SystemConfiguration(base: files["cloud.cfg"], dropIns: dropIns), files)
    }

    /// Compares every case with a judge; returns how many files and cases were compared.
    static func compare(_ verdicts: [String: Verdict], judge: String) throws -> Int {
        let cases = try Self.cases()
        #expect(Set(verdicts.keys) == Set(cases), "re-record with scripts/dev/record-system-config-26.2")
        var compared = 0
        for name in cases {
            guard let verdict = verdicts[name] else { continue }
            let (configuration, files) = try Self.ours(name)
            #expect(Set(files.keys) == Set(verdict.files.keys), "\(name): the files \(judge) reads differ")
            for (file, theirs) in verdict.files {
                guard let ours = files[file] else { continue }
                let isIgnored = if case .ignored = ours.outcome { true } else { false }
                #expect(
                    isIgnored == theirs.ignored, "\(name)/\(file): \(ours.outcome), \(judge) ignored: \(theirs.ignored)"
                )
                #expect(
                    try JSONTree.parse(ours.value.json.serialized(pretty: false)) == theirs.json,
                    "\(name)/\(file): loads differently from \(judge)")
                compared += 1
            }
            #expect(
                (configuration.failure != nil) == verdict.fails, "\(name): \(configuration.failure ?? "no failure")")
            if !verdict.fails {
                let ours = try JSONTree.parse(configuration.value.json.serialized(pretty: false))
                #expect(
                    ours == verdict.merged,
                    "\(name):\ncloudcfg: \(ours)\n\(judge): \(verdict.merged?.description ?? "-")")
            }
            compared += 1
        }
        return compared
    }

    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func readsAndMergesLikeTheInstalledCloudInit() throws {
        #expect(try Self.compare(try Self.live(), judge: "cloud-init 22.4.2") >= 40)
    }

    @Test func readsAndMergesLikeCloudInit262() throws {
        let verdicts = try Self.verdicts(try Fixtures.data("system-config/cloud-init-26.2.json"))
        #expect(try Self.compare(verdicts, judge: "cloud-init 26.2") >= 40)
    }

    /// `cloudcfg show` prints what cloud-init loads: each file, and each case directory merged.
    @Test func showPrintsWhatCloudInit262Loads() throws {
        let verdicts = try Self.verdicts(try Fixtures.data("system-config/cloud-init-26.2.json"))
        for name in try Self.cases() {
            guard let verdict = verdicts[name] else { continue }
            let directory = try Self.directory.appendingPathComponent(name)
            let merged = try CLIRunner.run(["show", "--format", "json", directory.path])
            if verdict.fails {
                #expect(merged.status == 65, "\(name): \(merged.stderrText)")
            } else {
                #expect(merged.status == 0, "\(name): \(merged.stderrText)")
                #expect(try JSONTree.parse(merged.stdoutText) == verdict.merged, "\(name): show of the directory")
            }
            for (file, theirs) in verdict.files {
                let run = try CLIRunner.run(["show", "--format", "json", directory.appendingPathComponent(file).path])
                if theirs.ignored, run.status == 65 { continue }  // not YAML cloud-init can load: an error
                #expect(run.status == 0, "\(name)/\(file): \(run.stderrText)")
                #expect(try JSONTree.parse(run.stdoutText) == theirs.json, "\(name)/\(file): show of the file")
                #expect(theirs.ignored == run.stderrText.contains("cloud-init ignores this file"), "\(name)/\(file)")
            }
        }
    }
}
