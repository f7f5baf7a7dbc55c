import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// The real consumers judge what generate writes: cloud-init 22.4.2 validates every
/// cloud-config and splits every MIME user-data into exactly the parts given, the Azure Linux
/// Agent reads every waagent.conf with the values intended, `ignition-validate` accepts every
/// Ignition config, and bash and shellcheck accept every script.
@Suite struct GenerateOracleTests {
    static var cases: [GeneratedCorpus.Case] { GeneratorTests.cases }

    /// Every cloud-config, by name: plain user-data, and each cloud-config part of MIME user-data.
    static func cloudConfigs() -> [String: Data] {
        var files: [String: Data] = [:]
        for (name, artifact) in GeneratedCorpus.artifacts(.userData, in: cases) {
            let envelope = UserDataEnvelope.open(SourceFile(path: name, bytes: artifact.bytes))
            for (index, part) in envelope.parts.enumerated() where part.kind == .cloudConfig {
                files[envelope.parts.count == 1 ? name : "\(name)#\(index + 1)"] = Data(part.payload)
            }
        }
        return files
    }

    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func cloudInit2242ValidatesEveryCloudConfig() throws {
        #expect(Oracle.hasCloudInit, "cloud-init is not installed: apt-get install cloud-init")
        let files = Self.cloudConfigs()
        #expect(files.count >= 24)
        let verdicts = try Judges.live(files)
        #expect(verdicts.files.count == files.count)
        for (name, verdict) in verdicts.files.sorted(by: { $0.key < $1.key }) {
            #expect(verdict.outcome == "validated", "\(name): \(verdict.outcome)")
            #expect(verdict.errors.isEmpty, "\(name): \(verdict.errors)")
            #expect(verdict.deprecations.isEmpty, "\(name): \(verdict.deprecations)")
        }
    }

    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func cloudInitsProcessorSplitsMIMEIntoTheGivenParts() throws {
        #expect(Oracle.hasCloudInit, "cloud-init is not installed: apt-get install cloud-init")
        let mime = Self.cases.filter { !$0.plan.parameters.parts.isEmpty }
        #expect(mime.count == 12)
        let blobs = mime.compactMap { testCase in
            testCase.output.artifacts.first { $0.kind == .userData }.map {
                UserDataOracle.Blob(name: testCase.name, bytes: $0.bytes)
            }
        }
        let splits = try UserDataOracle.split(blobs)
        for (testCase, split) in zip(mime, splits) {
            let expected =
                [
                    MIMEPart(
                        text: try CloudConfigRenderer.text(for: testCase.plan), contentType: "text/cloud-config",
                        filename: "cloud-config.yaml")
                ] + testCase.plan.parameters.parts
            #expect(!split.rejected, "\(testCase.name): \(split)")
            #expect(split.parts.map(\.type) == expected.map(\.contentType), "\(testCase.name)")
            #expect(split.parts.map(\.filename) == expected.compactMap(\.filename), "\(testCase.name)")
            #expect(
                split.parts.map { $0.payload.flatMap { Data(base64Encoded: $0) } } == expected.map { Data($0.content) },
                "\(testCase.name)")
        }
    }

    @Test(.enabled(if: DebianPython.shouldRun(WaagentLiveOracle.isInstalled)))
    func theAgentReadsEveryWaagentConfAsIntended() throws {
        #expect(WaagentLiveOracle.isInstalled, "waagent is not installed: apt-get install waagent")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cloudcfg-agent-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String: GeneratedCorpus.Case] = [:]
        for testCase in Self.cases {
            guard let artifact = testCase.output.artifacts.first(where: { $0.kind == .waagentConf }) else { continue }
            let url = directory.appendingPathComponent(testCase.name + ".conf")
            try Data(artifact.bytes).write(to: url)
            paths[url.path] = testCase
        }
        let tables = try WaagentLiveOracle.read(Array(paths.keys))
        var checked = 0
        for (path, testCase) in paths.sorted(by: { $0.key < $1.key }) {
            let table = try #require(tables[path], "\(testCase.name): the agent did not read the file")
            for setting in testCase.plan.agentOverrides {
                // 2.7.3 does not read every key of 2.15; the keys it reads must have the values.
                guard let read = table[setting.key] else { continue }
                #expect(read == WaagentVerdicts.Typed(setting.value), "\(testCase.name): \(setting.key) is \(read)")
                checked += 1
            }
            #expect(table["Provisioning.Agent"] == .str(testCase.plan.provisioningAgent.rawValue), "\(testCase.name)")
        }
        #expect(checked >= 100)
    }

    @Test(.enabled(if: DebianPython.shouldRun(IgnitionOracleTests.hasValidator)))
    func ignitionValidateAcceptsEveryConfig() throws {
        let configs = GeneratedCorpus.artifacts(.ignition, in: Self.cases)
        #expect(configs.count == 2)
        for (name, artifact) in configs {
            let output = try IgnitionOracleTests.validate(String(decoding: artifact.bytes, as: UTF8.self))
            #expect(output.status == 0, "\(name): \(output.stdoutText)\(output.stderrText)")
            #expect(output.stdoutText.isEmpty && output.stderrText.isEmpty, "\(name): \(output.stdoutText)")
        }
    }

    /// Every generalize script, and the first-boot script Flatcar runs, pass `bash -n` and
    /// Debian's shellcheck.
    @Test(.enabled(if: DebianPython.shouldRun(Shell.hasShellcheck)))
    func bashAndShellcheckAcceptEveryScript() throws {
        #expect(Shell.hasShellcheck, "shellcheck is not installed: apt-get install shellcheck")
        var scripts = GeneratedCorpus.artifacts(.script, in: Self.cases).map { ($0.name, $0.artifact.bytes) }
        for testCase in Self.cases
        where !testCase.plan.parameters.commands.isEmpty && testCase.plan.provisioner == .ignition {
            scripts.append(
                (
                    testCase.name + "/first-boot.sh",
                    Array(FirstBootScript.script(testCase.plan.parameters.commands).utf8)
                ))
        }
        #expect(scripts.count >= 20)
        for (name, bytes) in scripts {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("cloudcfg-script-\(UUID()).sh")
            defer { try? FileManager.default.removeItem(at: url) }
            try Data(bytes).write(to: url)
            let syntax = try Subprocess.run("/bin/bash", ["-n", url.path])
            #expect(syntax.status == 0, "\(name): \(syntax.stderrText)")
            let lint = try Subprocess.run(Shell.shellcheck, [url.path])
            #expect(lint.status == 0, "\(name): \(lint.stdoutText)")
        }
    }
}

/// Debian's shellcheck.
enum Shell {
    static let shellcheck = "/usr/bin/shellcheck"
    static let hasShellcheck = FileManager.default.isExecutableFile(atPath: shellcheck)
}

/// Debian's installed Azure Linux Agent (2.7.3), asked how it reads files.
enum WaagentLiveOracle {
    static let isInstalled = DebianPython.hasModule("azurelinuxagent.common.conf")

    /// The agent's configuration table (`get_configuration`) for each file.
    static func read(_ paths: [String]) throws -> [String: [String: WaagentVerdicts.Typed]] {
        let script = try WaagentVerdicts.directory.appendingPathComponent("waagent_oracle.py").path
        let output = try Subprocess.run(
            DebianPython.path, [script, "read"], input: try JSONSerialization.data(withJSONObject: paths))
        guard output.status == 0 else {
            throw OracleError(message: "waagent_oracle.py read exited \(output.status): \(output.stderrText)")
        }
        guard let root = try JSONSerialization.jsonObject(with: output.stdout) as? [String: Any],
            let files = root["files"] as? [String: [String: Any]]
        else { throw OracleError(message: "waagent_oracle.py read gave no files") }
        var result: [String: [String: WaagentVerdicts.Typed]] = [:]
        for (path, file) in files {
            guard let table = file["table"] as? [String: Any] else { continue }
            result[path] = try table.mapValues(WaagentVerdicts.Typed.init)
        }
        return result
    }
}
