import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// `--schema` with the schema the installed cloud-init 22.4.2 ships, judged by that cloud-init's
/// own `validate_cloudconfig_schema` (asked at test time, through `cloud_init_judge.py`) on the
/// defect corpus, the package's examples and its modules' examples: on every file cloud-init
/// validates, every error it reports is a `json-schema` error of ours at its key path or below,
/// every `json-schema` error of ours is at or below one of its errors, and the deprecations are the
/// same. There is no list of deliberate differences: the validator reproduces cloud-init's.
///
/// 26.2's schema is not in the package; `scripts/dev/check-json-schema-26.2` runs the same
/// comparison against 26.2's recorded verdicts with 26.2's schema from its source tree.
@Suite(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
struct ExternalSchemaVerdictTests {
    /// The schema file of the installed cloud-init, found through its Python package.
    static func installedSchemaPath() throws -> String {
        let script = """
            import os, cloudinit.config.schema as s
            print(os.path.join(os.path.dirname(s.__file__), "schemas", "schema-cloud-config-v1.json"))
            """
        let output = try Oracle.run(Oracle.python, ["-c", script])
        guard output.status == 0 else {
            throw OracleError(message: "cannot find cloud-init's schema: \(output.stderrText)")
        }
        return output.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A linter with the installed schema.
    static func linter() throws -> Linter {
        let path = try installedSchemaPath()
        var linter = Linter(configuration: LintConfiguration(target: .debian12))
        linter.userDataOptions.schema = try ExternalSchema(
            json: Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
        return linter
    }

    @Test func jsonSchemaErrorsAreCloudInit22s() throws {
        #expect(Oracle.hasCloudInit, "cloud-init is not installed: apt-get install cloud-init")
        let linter = try Self.linter()
        let inputs = try Judges.inputs()
        var comparison = JSONSchemaComparison(judge: "22.4.2")
        for set in Judges.sets {
            let files = try #require(inputs[set])
            let verdicts = try Judges.live(files)
            for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
                let verdict = try #require(verdicts.files[name])
                comparison.compare(name, linter.lint(SourceFile(path: name, bytes: Array(bytes))), verdict)
            }
        }
        for failure in comparison.failures { Issue.record(Comment(rawValue: failure)) }
        #expect(comparison.validated >= 150, "too few files cloud-init validated: \(comparison.validated)")
        #expect(comparison.judgeErrors >= 40, "too few cloud-init errors checked: \(comparison.judgeErrors)")
        #expect(comparison.ourErrors >= 40, "too few json-schema errors of ours checked: \(comparison.ourErrors)")
        #expect(comparison.deprecations >= 5, "too few deprecations checked: \(comparison.deprecations)")
    }

    /// The other rule families still run next to `json-schema`.
    @Test func theCatalogStillRuns() throws {
        let linter = try Self.linter()
        let result = linter.lint("#cloud-config\nwrite_files:\n  - path: /x\n    permissions: 0644\n")
        let rules = Set(result.diagnostics.map(\.ruleID))
        #expect(rules.contains(.jsonSchema) && rules.contains(.writeFilesPermissions), "\(result.diagnostics)")
        let jsonSchema = try #require(result.diagnostics.first { $0.ruleID == .jsonSchema })
        #expect(jsonSchema.keyPath == "write_files.0.permissions")
        #expect(jsonSchema.range.start.line == 4 && jsonSchema.range.start.column == 18)
    }
}

/// `json-schema` findings against a judge's verdicts, both ways, on the files the judge validated.
struct JSONSchemaComparison {
    let judge: String
    private(set) var validated = 0
    private(set) var judgeErrors = 0
    private(set) var ourErrors = 0
    private(set) var deprecations = 0
    private(set) var failures: [String] = []

    /// Whether a key path is at or below an anchor.
    static func isWithin(_ keyPath: String?, _ anchor: String) -> Bool {
        guard let keyPath else { return anchor.isEmpty }
        return anchor.isEmpty || keyPath == anchor || keyPath.hasPrefix(anchor + ".")
    }

    mutating func compare(_ name: String, _ result: LintResult, _ verdict: JudgeVerdicts.Verdict) {
        let ours = result.diagnostics.filter { $0.ruleID == .jsonSchema }
        guard verdict.outcome == "validated" else { return }
        validated += 1
        let errors = ours.filter { $0.severity == .error }
        let warnings = ours.filter { $0.severity == .warning }
        let anchors = verdict.errors.flatMap(\.anchors)
        for error in verdict.errors {
            for anchor in error.anchors {
                judgeErrors += 1
                if !errors.contains(where: { Self.isWithin($0.keyPath, anchor) }) {
                    failures.append(
                        "\(name): cloud-init \(judge) reports '\(error)' but json-schema has no error at or below "
                            + "\(anchor.isEmpty ? "<root>" : anchor); ours: \(ours.map { "\($0.keyPath ?? "-"): \($0.message)" })"
                    )
                }
            }
        }
        for error in errors {
            ourErrors += 1
            if !anchors.contains(where: { Self.isWithin(error.keyPath, $0) }) {
                failures.append(
                    "\(name): json-schema reports \(error.keyPath ?? "-"): \(error.message), which cloud-init \(judge) "
                        + "does not (errors \(verdict.errors))")
            }
        }
        for deprecation in verdict.deprecations {
            deprecations += 1
            if !warnings.contains(where: { Self.isWithin($0.keyPath, deprecation.path) }) {
                failures.append(
                    "\(name): cloud-init \(judge) reports the deprecation '\(deprecation)' but json-schema does not")
            }
        }
        for warning in warnings where !verdict.deprecations.contains(where: { Self.isWithin(warning.keyPath, $0.path) })
        {
            failures.append(
                "\(name): json-schema reports the deprecation \(warning.keyPath ?? "-"): \(warning.message), which "
                    + "cloud-init \(judge) does not")
        }
    }
}
