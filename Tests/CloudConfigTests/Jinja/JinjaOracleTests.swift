import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// cloud-init 22.4.2 with Debian's python3-jinja2 3.1.2 as the judge of rendering: every template
/// of the corpus and every expression of `expressions.txt` is rendered by cloud-init's own
/// `render_jinja_payload` and by cloudcfg, with the same Azure-shaped instance data.
///
/// - Text rendered by cloud-init must be ours byte for byte.
/// - A template cloud-init drops (or fails to parse) must have no text of ours, and a finding
///   that is not a mere refusal; syntax errors must agree on Jinja's message and line.
/// - cloudcfg may refuse only what `refusals` lists (and never render something else).
@Suite(
    .enabled(
        if: Oracle.shouldRun(
            Oracle.hasPythonModule("jinja2") && Oracle.hasPythonModule("cloudinit.handlers.jinja_template"))))
struct JinjaOracleTests {
    /// Expressions that this renderer refuses on purpose, with the reason.
    static let refusals: [String: String] = [:]

    struct Case {
        var name: String
        var template: String
        var bytes: [UInt8]
    }

    static func corpus() throws -> [Case] {
        var cases: [Case] = []
        let directory = try Fixtures.url("jinja/templates")
        for url in try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter({ $0.pathExtension == "tmpl" }).sorted(by: { $0.lastPathComponent < $1.lastPathComponent })
        {
            let data = try Data(contentsOf: url)
            cases.append(
                Case(name: url.lastPathComponent, template: String(decoding: data, as: UTF8.self), bytes: Array(data)))
        }
        let expressions = String(decoding: try Fixtures.data("jinja/expressions.txt"), as: UTF8.self)
        for line in expressions.split(separator: "\n") where !line.isEmpty {
            let text = "## template: jinja\n#cloud-config\nx: {{ \(line) }}\n"
            cases.append(Case(name: "{{ \(line) }}", template: text, bytes: Array(text.utf8)))
        }
        return cases
    }

    struct Verdict: Decodable {
        var text: String?
        var warnings: [String]
        var error: String?
        var lineno: Int?
    }

    @Test func rendersLikeCloudInit() throws {
        let cases = try Self.corpus()
        let dataBytes = try Fixtures.data("jinja/instance-data-azure.json")
        // The data goes as text, so that Python reads 3.0 and -0.0 as floats.
        let data = String(decoding: dataBytes, as: UTF8.self)
        let request: [String: Any] = ["cases": cases.map { ["template": $0.template, "data": data] }]
        let output = try Oracle.run(
            Oracle.python, [try Fixtures.url("jinja/jinja_oracle.py").path],
            input: try JSONSerialization.data(withJSONObject: request))
        try #require(output.status == 0, "jinja_oracle.py failed: \(output.stderrText)")
        struct Answer: Decodable { var results: [Verdict] }
        let verdicts = try JSONDecoder().decode(Answer.self, from: output.stdout).results
        try #require(verdicts.count == cases.count)
        let instanceData = try JSONValue.parse(Array(dataBytes))

        var identical = 0
        var droppedByBoth = 0
        var refused: [String] = []
        for (testCase, verdict) in zip(cases, verdicts) {
            let (template, _) = JinjaTemplate.parse(SourceFile(path: testCase.name, bytes: testCase.bytes))
            let render = template.render(instanceData: instanceData)
            let refusal = render.findings.first { $0.code == .unsupported }
            if let refusal {
                refused.append(testCase.name)
                #expect(
                    render.text == nil, "\(testCase.name): refused (\(refusal.message)) but rendered anyway")
                #expect(
                    Self.refusals[testCase.name] != nil,
                    "\(testCase.name): refused: \(refusal.message); cloud-init gives \(verdict.text.debugDescription)")
                continue
            }
            if let expected = verdict.text {
                #expect(
                    render.text == expected,
                    "\(testCase.name): cloud-init renders \(expected.debugDescription), cloudcfg \(render.text.debugDescription) \(render.findings.map(\.message))"
                )
                if render.text == expected { identical += 1 }
                continue
            }
            // cloud-init dropped the template or failed on it.
            #expect(
                render.text == nil || render.text == "",
                "\(testCase.name): cloud-init drops it (\(verdict.error ?? verdict.warnings.joined())), cloudcfg renders \(render.text.debugDescription)"
            )
            if render.text == "" {
                droppedByBoth += 1
                continue
            }
            #expect(
                render.findings.contains { $0.severity == .error }
                    || template.findings.contains { $0.severity == .error },
                "\(testCase.name): no error finding for a template cloud-init drops")
            if let error = verdict.error, error.hasPrefix("TemplateSyntaxError") {
                let ours = template.jinjaSyntaxError
                #expect(ours != nil, "\(testCase.name): cloud-init finds a syntax error (\(error)), cloudcfg none")
                if let ours {
                    #expect("TemplateSyntaxError: " + ours.message == error, "\(testCase.name): message")
                    #expect(ours.bodyLine == verdict.lineno, "\(testCase.name): line")
                }
            }
            if let warning = verdict.warnings.first(where: { $0.hasPrefix("Ignoring jinja template for case: ") }) {
                let message = String(warning.dropFirst("Ignoring jinja template for case: ".count))
                #expect(
                    render.findings.contains { $0.message.hasSuffix(message) },
                    "\(testCase.name): cloud-init says \(message.debugDescription), cloudcfg \(render.findings.map(\.message))"
                )
            }
            droppedByBoth += 1
        }
        print(
            "jinja oracle: \(cases.count) templates rendered by cloud-init 22.4.2 and cloudcfg: \(identical) identical, "
                + "\(droppedByBoth) dropped by both, \(refused.count) refused by cloudcfg")
    }
}
