import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// cloud-init 22.4.2 (Debian 12's package) as the judge of the linter: on the examples the
/// package ships and on a defect corpus of our own, every error cloud-init reports must also be
/// an error-severity finding of ours at the same key path or below it.
///
/// Where cloud-init 26.2 — cloudcfg's default target — changed the verdict, ours follows 26.2;
/// each such case is listed in ``changedSince22`` with the version fact behind it.
@Suite(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
struct CloudInitVerdictTests {
    /// Validates files with the installed cloud-init as `cloud-init schema -c` does, gunzipping
    /// `.gz` examples, and prints for each file its bytes (base64) and cloud-init's errors.
    static let script = """
        import base64, contextlib, gzip, io, json, os, sys, tempfile
        from cloudinit.config.schema import SchemaValidationError, get_schema, validate_cloudconfig_file
        schema = get_schema()
        results = {}
        for path in json.load(sys.stdin):
            data = open(path, 'rb').read()
            if path.endswith('.gz'):
                data = gzip.decompress(data)
            with tempfile.NamedTemporaryFile(delete=False) as handle:
                handle.write(data)
            errors = []
            try:
                with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                    validate_cloudconfig_file(handle.name, schema, annotate=False)
            except SchemaValidationError as error:
                errors = [[path_, message] for path_, message in error.schema_errors]
            except RuntimeError as error:
                errors = [['', str(error)]]
            finally:
                os.unlink(handle.name)
            results[path] = {'content': base64.b64encode(data).decode(), 'errors': errors}
        json.dump(results, sys.stdout)
        """

    /// Where 26.2 changed 22.4.2's verdict: (file name, 22.4.2's error path) and the fact.
    static let changedSince22: [String: String] = [
        "newer-features.yaml|users.0":
            "24.2 accepts hyphenated user keys (lock-passwd, ssh-authorized-keys) as deprecated aliases; 22.4.2's "
            + "schema rejects the whole user although its runtime rewrites '-' to '_' (canonical/cloud-init#5454)",
        "newer-features.yaml|users.1": "users[].doas is new after 22.4.2",
        "newer-features.yaml|write_files.0": "write_files[].source is new after 24.2 (canonical/cloud-init#5791)",
        "newer-features.yaml|packages.0": "package items of the form {apt: [...], snap: [...]} are new after 22.4.2",
        "newer-features.yaml|locale":
            "26.2's schema accepts locale: false (leave the locale alone); 22.4.2's schema rejects it although its "
            + "runtime already skipped the module on false",
        "newer-features.yaml|ntp": "ntp.allow and ntp.peers are new after 22.4.2",
        "newer-features.yaml|rsyslog": "rsyslog.install_rsyslog, check_exe and packages are new after 22.4.2",
        "empty-users.yaml|users": "26.2 allows an empty users list; 22.4.2's schema requires at least one item",
    ]

    /// Files whose kind is not cloud-config: 22.4.2's schema command requires '#cloud-config' on
    /// every file (and takes '#cloud-config-archive' for cloud-config because it compares bytes);
    /// since 23.2 other user-data types are not evaluated.
    static let otherKindFact =
        "22.4.2's `cloud-init schema` requires '#cloud-config' on every file; since 23.2 other user-data "
        + "types (scripts, includes, archives, part handlers) are not evaluated"

    struct Verdict: Decodable {
        let content: String
        let errors: [[String]]
    }

    static var fixtureDirectory: URL {
        Bundle.module.resourceURL?.appendingPathComponent("Fixtures/oracle") ?? URL(fileURLWithPath: "/nonexistent")
    }

    static let examplesDirectory = "/usr/share/doc/cloud-init/examples"

    static func inputs() throws -> [String] {
        let manager = FileManager.default
        let fixtures = try manager.contentsOfDirectory(atPath: fixtureDirectory.path).sorted()
            .map { fixtureDirectory.appendingPathComponent($0).path }
        var examples = try manager.contentsOfDirectory(atPath: examplesDirectory).sorted()
            .map { examplesDirectory + "/" + $0 }.filter { !$0.hasSuffix("/seed") }
        examples.append(examplesDirectory + "/seed/user-data")
        return fixtures + examples
    }

    static func verdicts() throws -> [String: Verdict] {
        let paths = try inputs()
        let output = try Oracle.run(
            Oracle.python, ["-c", script], input: try JSONSerialization.data(withJSONObject: paths))
        guard output.status == 0 else { throw OracleError(message: output.stderrText) }
        return try JSONDecoder().decode([String: Verdict].self, from: output.stdout)
    }

    /// Whether one of our findings answers a cloud-init error at a path.
    static func answers(_ diagnostic: Diagnostic, _ path: String) -> Bool {
        guard diagnostic.severity == .error else { return false }
        if path.hasPrefix("format-l") {
            return [
                .yamlSyntax, .tabIndentation, .missingHeader, .malformedHeader, .byteOrderMark,
                .unrecognizedUserData, .invalidCharacter, .multipleDocuments,
            ]
            .contains(diagnostic.ruleID)
        }
        if path.isEmpty { return true }
        guard let keyPath = diagnostic.keyPath else { return false }
        return keyPath == path || keyPath.hasPrefix(path + ".")
    }

    @Test func everyCloudInitErrorIsOneOfOurs() throws {
        #expect(Oracle.hasCloudInit, "cloud-init is not installed: apt-get install cloud-init")
        let verdicts = try Self.verdicts()
        #expect(verdicts.count >= 50, "expected the defect corpus and cloud-init's examples")
        var checked = 0
        var excused = Set<String>()
        for (path, verdict) in verdicts.sorted(by: { $0.key < $1.key }) {
            let name = URL(fileURLWithPath: path).lastPathComponent
            let bytes = try #require(Data(base64Encoded: verdict.content))
            let result = Linter().lint(SourceFile(path: name, bytes: Array(bytes)))
            for error in verdict.errors {
                let (errorPath, message) = (error[0], error.count > 1 ? error[1] : "")
                checked += 1
                if let fact = Self.changedSince22["\(name)|\(errorPath)"] {
                    excused.insert("\(name)|\(errorPath)")
                    #expect(
                        !result.diagnostics.contains { Self.answers($0, errorPath) },
                        "\(name) \(errorPath) is listed as changed since 22.4.2 (\(fact)) but we report it")
                    continue
                }
                if errorPath.hasPrefix("format-l1"), result.kind != .cloudConfig, result.kind != .unknown {
                    excused.insert("\(name): \(Self.otherKindFact)")
                    continue
                }
                if errorPath.isEmpty, result.kind == .cloudConfigArchive {
                    excused.insert("\(name): \(Self.otherKindFact)")
                    continue
                }
                #expect(
                    result.diagnostics.contains { Self.answers($0, errorPath) },
                    """
                    \(name): cloud-init 22.4.2 reports '\(errorPath): \(message)' but cloudcfg has no error there; \
                    ours: \(result.diagnostics.map { "\($0.severity) \($0.keyPath ?? "-") \($0.ruleID)" })
                    """)
            }
        }
        #expect(checked >= 150, "too few cloud-init errors checked: \(checked)")
        for key in Self.changedSince22.keys {
            #expect(
                excused.contains(key), "\(key) is listed as changed since 22.4.2 but cloud-init no longer reports it")
        }
    }
}
