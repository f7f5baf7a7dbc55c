import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// Debian's `ignition-validate` (ignition 2.14) as the judge: it accepts every config the
/// builder produces, without a warning, and rejects the defects cloudcfg's validation finds
/// wherever it can.
@Suite struct IgnitionOracleTests {
    static let validator = "/usr/bin/ignition-validate"
    static let hasValidator = FileManager.default.isExecutableFile(atPath: validator)

    /// Runs `ignition-validate` on a config's JSON.
    static func validate(_ json: String) throws -> Subprocess.Output {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cloudcfg-ign-\(UUID()).ign")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(json.utf8).write(to: url)
        return try Subprocess.run(validator, [url.path])
    }

    @Test(.enabled(if: DebianPython.shouldRun(hasValidator)))
    func acceptsEveryConfigTheBuilderProduces() throws {
        let corpus = try IgnitionCorpus.valid
        #expect(corpus.count >= 10)
        for (name, config) in corpus {
            for pretty in [true, false] {
                let output = try Self.validate(config.serialized(pretty: pretty))
                #expect(output.status == 0, "\(name): \(output.stdoutText)\(output.stderrText)")
                #expect(output.stdoutText.isEmpty && output.stderrText.isEmpty, "\(name): \(output.stdoutText)")
            }
        }
    }

    @Test(.enabled(if: DebianPython.shouldRun(hasValidator)))
    func rejectsWhatOurValidationRejects() throws {
        var rejected = 0
        for (name, code, config) in IgnitionCorpus.invalid {
            let output = try Self.validate(config.serialized())
            let text = output.stdoutText + output.stderrText
            if IgnitionCorpus.acceptedByIgnition.contains(name) {
                #expect(output.status == 0, "\(name) (\(code)): ignition-validate now rejects it: \(text)")
                #expect(text.contains("warning") == IgnitionCorpus.warnedByIgnition.contains(name), "\(name): \(text)")
                continue
            }
            #expect(output.status == 1, "\(name) (\(code)): ignition-validate accepts it")
            #expect(!text.isEmpty, "\(name): ignition-validate says nothing")
            rejected += 1
        }
        #expect(rejected == IgnitionCorpus.invalid.count - IgnitionCorpus.acceptedByIgnition.count)
    }

    @Test(.enabled(if: DebianPython.shouldRun(hasValidator)))
    func aGzippedConfigIsNotAConfig() throws {
        // Ignition on Azure does not gunzip; ignition-validate, like it, cannot read gzip.
        let json = Data(IgnitionConfig(files: [.text("/etc/x", "a")]).serialized().utf8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cloudcfg-ign-\(UUID()).ign.gz")
        defer { try? FileManager.default.removeItem(at: url) }
        let gzip = try Subprocess.run("/bin/gzip", ["-c"], input: json)
        try gzip.stdout.write(to: url)
        #expect(try Subprocess.run(Self.validator, [url.path]).status != 0)
    }
}
