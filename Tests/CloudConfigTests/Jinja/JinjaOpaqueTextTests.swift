import Foundation
import Testing

@testable import CloudConfig

/// The stand-in text for linting templates without instance data, and positions of YAML
/// findings in rendered text mapped back into the template (golden files).
@Suite struct JinjaOpaqueTextTests {
    static func yamlProblems(_ text: String) -> [String] {
        let stream = YAMLStream.parse(text, path: "opaque")
        return stream.errors.map { "\($0.range): \($0.message)" }
            + stream.documents.flatMap(\.duplicateKeys).map { "duplicate key \($0.duplicate)" }
    }

    /// Every corpus template whose real render is clean YAML gives clean opaque YAML.
    @Test func corpusTemplatesYieldNoFalseYAMLErrors() throws {
        let directory = try Fixtures.url("jinja/templates")
        let data = try JSONValue.parse(Array(try Fixtures.data("jinja/instance-data-azure.json")))
        var checked = 0
        for url in try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        where url.pathExtension == "tmpl" {
            let (template, _) = JinjaTemplate.parse(
                SourceFile(path: url.lastPathComponent, bytes: Array(try Data(contentsOf: url))))
            guard let rendered = template.render(instanceData: data).text, rendered.hasPrefix("#cloud-config"),
                Self.yamlProblems(rendered).isEmpty
            else {
                continue
            }
            let opaque = template.opaqueText()
            #expect(Self.yamlProblems(opaque.text) == [], "\(url.lastPathComponent):\n\(opaque.text)")
            checked += 1
        }
        #expect(checked >= 8)
    }

    @Test(arguments: [
        // Alternatives that define the same key.
        "{% if a %}\nhostname: a\n{% else %}\nhostname: b\n{% endif %}\n",
        // Two templated keys of the same length.
        "{{ k1 }}: 1\n{{ k2 }}: 2\n",
        // An expression standing for a whole list or mapping.
        "packages:\n{{ packages | to_yaml }}\nusers:\n  {{ users }}\n",
        // Expressions inside quoted scalars and next to digits.
        "a: '{{ x }} it''s'\nb: \"{{ y }}\"\nmode: 0{{ m }}\nport: 80{{ p }}\n",
        // A loop generating list items, a multi-line expression, a comment and a raw block.
        "runcmd:\n{% for c in cmds %}\n  - {{ c }}\n{% endfor %}\nx: {{ a\n  | default('b') }}\n{# c #}\ny: '{% raw %}{{ z }}{% endraw %}'\n",
        // Inline alternatives.
        "port: {% if a %}80{% else %}8080{% endif %}\n",
        // A set block and a macro are hidden.
        "{% set x %}\n: not yaml [\n{% endset %}\n{% macro m() %}\n- broken: [\n{% endmacro %}\nok: 1\n",
    ])
    func trickyTemplatesYieldNoFalseYAMLErrors(body: String) {
        let (template, _) = JinjaTemplate.parse(
            SourceFile(path: "t", text: "## template: jinja\n#cloud-config\n" + body))
        let opaque = template.opaqueText()
        #expect(Self.yamlProblems(opaque.text) == [], "\(opaque.text)")
    }

    @Test func keepsLinesAndColumnsAndListsPlaceholders() throws {
        let text =
            "## template: jinja\n#cloud-config\nhost: {{ v1.local_hostname }}\n{% if a %}\nb: é{{ 'ü' }}\n{% endif %}\n"
        let (template, _) = JinjaTemplate.parse(SourceFile(path: "t", text: text))
        let opaque = template.opaqueText()
        let lines = opaque.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1].hasPrefix("host: x"))
        #expect(lines[1].unicodeScalars.count == "host: {{ v1.local_hostname }}".unicodeScalars.count)
        #expect(lines[3].unicodeScalars.count == "b: é{{ 'ü' }}".unicodeScalars.count)
        #expect(opaque.placeholders.map(\.description) == ["3:7-3:30", "5:5-5:14"])
        let stream = YAMLStream.parse(opaque.text, path: "t")
        #expect(!stream.hasErrors)
        // The scalar of 'host' maps back to the expression.
        let hostValue = try #require(opaque.text.utf8.firstRange(of: "x".utf8))
        let offset = opaque.text.utf8.distance(from: opaque.text.utf8.startIndex, to: hostValue.lowerBound)
        #expect(opaque.sourceMap.templateRange(forOutputOffset: offset).description == "3:7-3:30")
    }

    /// YAML errors in a rendered template, and in its opaque text, at template positions.
    @Test func yamlFindingsMapToTemplatePositions() throws {
        let bytes = try Golden.fixture("jinja/templates/yaml-errors.tmpl")
        let data = try JSONValue.parse(Array(try Fixtures.data("jinja/instance-data-azure.json")))
        let (template, _) = JinjaTemplate.parse(SourceFile(path: "yaml-errors.tmpl", bytes: bytes))
        var report = ""
        let render = template.render(instanceData: data)
        let opaque = template.opaqueText()
        for (name, text, map) in [
            ("rendered", try #require(render.text), render.sourceMap), ("opaque", opaque.text, opaque.sourceMap),
        ] {
            let stream = YAMLStream.parse(text, path: name)
            for error in stream.errors {
                let mapped = map.templateRange(for: error.range)
                report += "\(name) \(error.range) -> template \(mapped): \(error.message)\n"
            }
        }
        try Golden.assertMatches(report, golden: "jinja/yaml-errors.positions")
    }
}
