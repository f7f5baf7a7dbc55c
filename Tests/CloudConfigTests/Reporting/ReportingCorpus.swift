@testable import CloudConfig

/// A fixed set of lint results, from real lint runs of the files in `Fixtures/lint/reporting`,
/// that every reporter renders into its golden file.
///
/// Between them the results carry every severity, notes with and without a location, fix-its
/// (an insertion, a replacement, a rename), non-ASCII text whose columns count Unicode scalars,
/// messages and a path with characters each format must escape (`%`, `"`, `\`, tab, LF, CR,
/// ESC, `,`, `:`, a space), an input that does not parse, a file without findings, findings
/// inside envelopes (in a MIME part in the file's own lines, and in a text decoded from base64
/// and gzip), and findings of a waagent.conf and a cloud.cfg linted together, one with a note in
/// the other file.
enum ReportingCorpus {
    /// One input: the fixture, the path it is reported under and the configuration it is linted with.
    struct Input {
        var fixture: String
        var path: String
        var configuration = LintConfiguration()
    }

    /// The inputs, deliberately not in path order: reporters sort.
    static let inputs: [Input] = [
        Input(fixture: "unicode.yaml", path: "lint/reporting/unicode.yaml"),
        Input(fixture: "findings.yaml", path: "lint/reporting/findings.yaml"),
        // A path with a space, `,`, `:` and `%`, which GitHub properties and SARIF URIs escape.
        Input(fixture: "escapes.yaml", path: "lint/reporting/odd dir/a,b:c%.yaml"),
        Input(fixture: "broken.yaml", path: "lint/reporting/broken.yaml"),
        Input(fixture: "no-header.yaml", path: "lint/reporting/no-header.yaml"),
        Input(fixture: "malformed-header.yaml", path: "lint/reporting/malformed-header.yaml"),
        Input(fixture: "script.sh", path: "lint/reporting/script.sh"),
        Input(fixture: "jinja.yaml", path: "lint/reporting/jinja.yaml"),
        Input(fixture: "suppressions.yaml", path: "lint/reporting/suppressions.yaml"),
        // MIME in the file's own lines (findings name their part), and the same MIME gzipped and
        // base64-encoded as Azure custom data (findings are in the decoded text and name it).
        Input(fixture: "mime.txt", path: "lint/reporting/mime.txt"),
        Input(fixture: "custom-data.b64", path: "lint/reporting/custom-data.b64"),
        // The same findings with severities changed and a rule off, as `.cloudcfg.yaml` would.
        Input(
            fixture: "findings.yaml", path: "lint/reporting/configured/findings.yaml",
            configuration: LintConfiguration(
                rules: [.truthy: .severity(.error), .unknownKey: .severity(.note), .duplicateKey: .off])),
    ]

    /// The results, linted afresh: the inputs one by one, then a waagent.conf and a cloud.cfg
    /// linted together as an image, whose finding across the two has a note in the other file.
    static func results() throws -> [LintResult] {
        let single = try inputs.map { input in
            let bytes = try Golden.fixture("lint/reporting/" + input.fixture)
            // Semantic rules are still growing; they would change the goldens for reasons that have
            // nothing to do with the reporters.
            return CoreRules.linter(input.configuration).lint(SourceFile(path: input.path, bytes: bytes))
        }
        let image = CoreRules.linter().lint(together: [
            LintInput(
                SourceFile(
                    path: "image/etc/waagent.conf", bytes: try Golden.fixture("lint/reporting/image/waagent.conf"))),
            LintInput(
                SourceFile(
                    path: "image/etc/cloud/cloud.cfg", bytes: try Golden.fixture("lint/reporting/image/cloud.cfg"))),
        ])
        return single + image
    }

    /// The descriptions of the rules that have findings in the results, so that the SARIF golden
    /// does not change when an unrelated rule is added.
    static func rules(for results: [LintResult]) -> [RuleDescription] {
        let ids = Set(results.flatMap { $0.diagnostics.map(\.ruleID) })
        return RuleRegistry.all.map(\.definition).filter { ids.contains($0.id) }
    }
}
