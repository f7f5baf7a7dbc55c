import Testing

@testable import CloudConfig

/// Hostile templates end with a finding, never a crash, a hang or unbounded memory.
@Suite struct JinjaHostileInputTests {
    static let data: JSONValue = .object([])

    static func run(_ body: String) -> (JinjaTemplate, [JinjaFinding], JinjaRender) {
        let (template, findings) = JinjaTemplate.parse(SourceFile(path: "t", text: "## template: jinja\n" + body))
        return (template, findings, template.render(instanceData: data))
    }

    @Test func deeplyNestedBlocks() {
        let body =
            String(repeating: "{% if true %}", count: 20_000) + "x" + String(repeating: "{% endif %}", count: 20_000)
        let (_, findings, render) = Self.run(body)
        #expect(findings.first?.code == .limitExceeded)
        #expect(render.text == nil)
    }

    @Test func deeplyNestedExpressions() {
        for body in [
            "{{ " + String(repeating: "(", count: 20_000) + "1" + String(repeating: ")", count: 20_000) + " }}",
            "{{ " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000) + " }}",
            "{{ " + String(repeating: "not ", count: 20_000) + "1 }}",
            "{{ " + String(repeating: "-", count: 20_000) + "1 }}",
            "{{ 1" + String(repeating: " + 1", count: 20_000) + " }}",
            "{{ x" + String(repeating: ".a", count: 20_000) + " }}",
            "{{ x" + String(repeating: " | lower", count: 20_000) + " }}",
        ] {
            let (_, findings, render) = Self.run(body)
            #expect(findings.first?.code == .limitExceeded, "\(body.prefix(12))")
            #expect(render.text == nil)
        }
    }

    @Test func hugeLoopsAndStrings() {
        for body in [
            "{% for i in range(100000000) %}x{% endfor %}",
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
            "{{ 'x' * 1000000000 }}",
            "{{ [1] * 1000000000 }}",
            "{% set s = 'xxxxxxxxxxxxxxxx' %}{% for i in range(100000) %}{{ s * 1000 }}{% endfor %}",
        ] {
            let (_, _, render) = Self.run(body)
            #expect(render.text == nil, "\(body)")
            #expect(
                render.findings.contains { $0.code == .limitExceeded }, "\(body): \(render.findings.map(\.message))")
        }
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix64(seed: 0x6A69_6E6A_61)
        let alphabet = Array("{}%#-+()[]'\"|.,:~*/ aif\nendforsetrawxy0123é".utf8)
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 80)
            var bytes = Array("## template: jinja\n".utf8)
            for _ in 0..<length {
                bytes.append(
                    generator.next() % 10 == 0
                        ? UInt8(truncatingIfNeeded: generator.next())
                        : alphabet[Int(generator.next() % UInt64(alphabet.count))])
            }
            let (template, _) = JinjaTemplate.parse(SourceFile(path: "t", bytes: bytes))
            _ = template.render(instanceData: Self.data)
            _ = template.opaqueText()
            _ = InstanceDataCatalog.standard.check(template)
        }
    }
}
