import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// A realistic 230-line cloud-config that cloud-init accepts gives no findings (the generated
/// inputs of `scripts/bench` are checked the same way, in `BenchmarkInputsTests`).
@Suite struct CleanInputTests {
    static let path = "lint/benchmark/user-data.yaml"

    @Test(arguments: [CloudInitVersion.debian12, .newest])
    func aCleanFileHasNoFindings(_ target: CloudInitVersion) throws {
        let source = SourceFile(path: Self.path, bytes: try Golden.fixture(Self.path))
        #expect(source.lineCount > 200)
        let result = CoreRules.linter(LintConfiguration(target: target)).lint(source)
        #expect(result.kind == .cloudConfig)
        #expect(
            result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.range.start) \($0.ruleID): \($0.message)" })")
    }

    /// cloud-init 22.4.2's own schema validation accepts the file.
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit), "needs cloud-init (Debian package)"))
    func cloudInitAcceptsIt() throws {
        let script = """
            import sys, yaml
            from cloudinit.config.schema import get_schema, validate_cloudconfig_schema
            with open(sys.argv[1]) as f:
                config = yaml.safe_load(f)
            validate_cloudconfig_schema(config, get_schema(), strict=True)
            print("valid")
            """
        let path = Golden.fixturesDirectory.appendingPathComponent(Self.path).path
        let output = try Oracle.run(Oracle.python, ["-c", script, path])
        #expect(output.status == 0, "\(output.stderrText)")
        #expect(output.stdoutText == "valid\n")
    }
}
