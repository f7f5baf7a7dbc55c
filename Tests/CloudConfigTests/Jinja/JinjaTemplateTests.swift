import Foundation
import Testing

@testable import CloudConfig

/// Parsing, positions, the source map and refusals of ``JinjaTemplate``.
@Suite struct JinjaTemplateTests {
    static let data: JSONValue = .object([
        ("v1", .object([("distro", .string("debian")), ("local_hostname", .string("web-01"))])),
        ("ds", .object([("meta_data", .object([("local-hostname", .string("web-01"))]))])),
    ])

    static func template(_ text: String) -> (JinjaTemplate, [JinjaFinding]) {
        JinjaTemplate.parse(SourceFile(path: "t", text: text))
    }

    @Test func headerIsRemovedAndRangesAreInFileCoordinates() throws {
        let (template, findings) = Self.template("## template: jinja\n#cloud-config\nhost: {{ v1.distro }}\n")
        #expect(findings.isEmpty)
        #expect(template.header?.type == "jinja")
        #expect(template.header?.range.description == "1:1-1:19")
        let render = template.render(instanceData: Self.data)
        #expect(render.text == "#cloud-config\nhost: debian\n")
        // "debian" comes from the expression on line 3, columns 7-22.
        let offset = try #require(render.text?.utf8.firstRange(of: "debian".utf8)).lowerBound
        let start = render.text?.utf8.distance(from: render.text!.utf8.startIndex, to: offset) ?? 0
        #expect(render.sourceMap.templateRange(forOutputOffset: start).description == "3:7-3:22")
        // Literal text maps byte for byte: "host" is 3:1-3:5.
        #expect(render.sourceMap.templateRange(forOutputOffset: 14).description == "3:1-3:2")
        #expect(
            render.sourceMap.templateRange(
                for: SourceRange(
                    start: SourceLocation(line: 2, column: 1, offset: 14),
                    end: SourceLocation(line: 2, column: 5, offset: 18))
            )
            .description == "3:1-3:5")
    }

    @Test func crlfMapsToBothBytesAndColumnsCountScalars() throws {
        let text = "## template: jinja\r\n#cloud-config\r\né: {{ v1.distro }}\r\nx: 1\r\n"
        let (template, _) = Self.template(text)
        let render = template.render(instanceData: Self.data)
        #expect(render.text == "#cloud-config\né: debian\nx: 1\n")
        // "x" of the last line: output offset of "x: 1".
        let output = Array(try #require(render.text).utf8)
        let xOffset = try #require(output.lastIndex(of: UInt8(ascii: "x")))
        let range = render.sourceMap.templateRange(forOutputOffset: xOffset)
        #expect(range.start.line == 4 && range.start.column == 1)
        #expect(range.start.offset == Array(text.utf8).lastIndex(of: UInt8(ascii: "x")))
        let debian = try #require(output.firstRange(of: Array("debian".utf8))).lowerBound
        let expression = render.sourceMap.templateRange(forOutputOffset: debian)
        #expect(expression.description == "3:4-3:19")
    }

    @Test(arguments: [
        ("{% macro m() %}x{% endmacro %}", "the 'macro' statement is not supported"),
        ("{{ [1, 2] | batch(1) | list }}", "the filter 'batch' is not supported"),
        ("{% set l = [] %}{% do l.append(1) %}", "the list method 'append' is not supported"),
        ("{% for i in [1] recursive %}{% endfor %}", "recursive loops are not supported"),
        ("{{ v1.distro.__class__ }}", "the attribute '__class__' is not supported"),
        ("{{ '%x' | format(1) }}", "the format conversion '%x' is not supported"),
        ("{{ v1.items }}", "printing the function or method 'items' is not supported"),
        ("{{ [1] | map('upper') }}", "printing the generator"),
        ("{{ 2 ** 70 }}", "integers beyond 64 bits are not supported"),
    ])
    func refusesWhatItDoesNotEvaluate(body: String, message: String) throws {
        let (template, findings) = Self.template("## template: jinja\n" + body + "\n")
        #expect(findings.isEmpty)
        let render = template.render(instanceData: Self.data)
        #expect(render.text == nil)
        let finding = try #require(render.findings.first { $0.code == .unsupported })
        #expect(finding.message.contains(message), "\(finding.message)")
        #expect(finding.severity == .warning)
        #expect(finding.range.start.line == 2)
    }

    @Test func syntaxErrorsHaveTheirPosition() throws {
        let (template, findings) = Self.template("## template: jinja\n#cloud-config\n{% if x % }\n{% endif %}\n")
        let finding = try #require(findings.first)
        #expect(finding.code == .syntaxError)
        #expect(finding.message == "unexpected '}'")
        #expect(finding.range.description == "3:11-3:12")
        #expect(template.jinjaSyntaxError?.bodyLine == 2)
        #expect(template.render(instanceData: Self.data).text == nil)
    }

    @Test func unclosedBlockPointsAtItsOpeningTag() throws {
        let (_, findings) = Self.template("## template: jinja\na\n  {% for x in y %}\nb\n")
        let finding = try #require(findings.first)
        #expect(finding.code == .unclosedBlock)
        #expect(finding.range.description == "3:3-3:9")
        #expect(finding.message.contains("'endfor'"))
    }

    @Test func unknownTagsFiltersAndTestsAreFound() throws {
        let (_, tagFindings) = Self.template("## template: jinja\n{% if a %}{% endiff %}")
        #expect(tagFindings.first?.code == .unknownTag)
        #expect(tagFindings.first?.suggestion == "endif")
        let (template, findings) = Self.template(
            "## template: jinja\n{{ x | b64decode }}{{ x is strnig }}{% if a %}{{ x | to_yaml }}{% endif %}")
        #expect(findings.map(\.code) == [.unknownFilter, .unknownTest, .unknownFilter])
        #expect(findings[0].message.contains("Ansible"))
        #expect(findings[0].range.description == "2:8-2:17")
        #expect(findings[1].suggestion == "string")
        #expect(template.render(instanceData: Self.data).findings.first?.code == .renderError)
    }

    @Test func includeNeedsALoaderCloudInitDoesNotHave() throws {
        let (template, findings) = Self.template("## template: jinja\n{% include 'x' %}")
        #expect(findings.first?.code == .noLoader)
        let render = template.render(instanceData: Self.data)
        #expect(render.text == nil)
        #expect(render.findings.first?.message.hasSuffix("no loader for this environment specified") ?? false)
    }

    @Test func undefinedVariablesAreFoundWhereTheyArePrinted() throws {
        let (template, _) = Self.template("## template: jinja\na: {{ v1.nope }}\nb: {{ nosuch }}.x\n")
        let render = template.render(instanceData: Self.data)
        #expect(render.text == "a: CI_MISSING_JINJA_VAR/nope\nb: CI_MISSING_JINJA_VAR/nosuch.x\n")
        #expect(render.findings.map(\.code) == [.undefinedVariable, .undefinedVariable])
        #expect(render.findings.map(\.range.description) == ["2:7-2:14", "3:7-3:13"])
    }

    @Test func headerTypesOtherThanJinja() {
        let (_, findings) = Self.template("## template: jinja2\n{{ x }}")
        #expect(findings.first?.code == .templateType)
        #expect(findings.first?.suggestion == "## template: jinja")
        let (template, none) = Self.template("##Template:JINJA\n{{ v1.distro }}")
        #expect(none.isEmpty)
        #expect(template.render(instanceData: Self.data).text == "debian")
    }

    @Test func parsesJSONAsPythonReadsIt() throws {
        let value = try JSONValue.parse(
            Array(#"{"a": [1, 2.5, -0.0, 1e3, NaN, "\u00e9\ud83d\ude00"], "a": null}"#.utf8))
        guard case .object(let members) = value else {
            Issue.record("not an object")
            return
        }
        #expect(members.count == 2)
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(Array("[1,]".utf8)) }
        #expect(throws: JSONValue.ParseError.self) {
            try JSONValue.parse(Array(String(repeating: "[", count: 1000).utf8))
        }
    }
}
