import Testing

@testable import CloudConfig

@Suite struct YAMLComposerTests {
    @Test func scalarRangesAndStyles() throws {
        let text = """
            plain: value here
            single: 'it''s'
            double: "a\\tb"
            flow: [x, 'y']
            """
        let document = try #require(YAMLTest.document(text))
        let root = try #require(document.root)
        let expected: [(String, String, YAMLScalarStyle, String)] = [
            ("plain", "1:8-1:18", .plain, "value here"),
            ("single", "2:9-2:16", .singleQuoted, "it's"),
            ("double", "3:9-3:15", .doubleQuoted, "a\tb"),
        ]
        for (key, range, style, text) in expected {
            let node = document[try #require(document.value(forKey: key, in: root))]
            #expect(node.range.description == range, "\(key)")
            #expect(node.scalarStyle == style, "\(key)")
            #expect(node.text == text, "\(key)")
            #expect(node.kind == .scalar)
        }
        let flow = try #require(document.value(forKey: "flow", in: root))
        #expect(document[flow].collectionStyle == .flow)
        #expect(document[flow].range.description == "4:7-4:15")
        #expect(document.items(of: flow).map { document[$0].range.description } == ["4:8-4:9", "4:11-4:14"])
    }

    @Test func blockScalarEndsOnItsLastLine() throws {
        let text = "a: |\n  one\n  two\n\nb: >-\n  x\nc: 1\n"
        let document = try #require(YAMLTest.document(text))
        let root = try #require(document.root)
        let a = document[try #require(document.value(forKey: "a", in: root))]
        // libyaml ends it at the start of `b:`; cloudcfg ends it on the last line it owns.
        #expect(a.range.start.description == "1:4")
        #expect(a.range.end.line < 5)
        #expect(a.scalarStyle == .literal)
        #expect(a.text == "one\ntwo\n")
        let b = document[try #require(document.value(forKey: "b", in: root))]
        #expect(b.range.description == "5:4-6:4")
        #expect(b.scalarStyle == .folded)
    }

    @Test func blockScalarBeforeALessIndentedLine() throws {
        let text = "list:\n  - |\n    text\n  - next\n"
        let document = try #require(YAMLTest.document(text))
        let root = try #require(document.root)
        let list = try #require(document.value(forKey: "list", in: root))
        let items = document.items(of: list)
        #expect(items.map { document[$0].range.description } == ["2:5-3:9", "4:5-4:9"])
        #expect(document[list].range.description == "2:3-4:9")
    }

    @Test func blockCollectionRangesComeFromTheirChildren() throws {
        let text = "top:\n  a: 1\n  b:\n    - x\n    - y\n\n# trailing comment\nnext: 2\n"
        let document = try #require(YAMLTest.document(text))
        let root = try #require(document.root)
        #expect(document[root].range.description == "1:1-8:8")
        let top = try #require(document.value(forKey: "top", in: root))
        #expect(document[top].range.description == "2:3-5:8")
        #expect(document[top].collectionStyle == .block)
        let b = try #require(document.value(forKey: "b", in: document.resolved(top)))
        #expect(document[b].range.description == "4:5-5:8")
    }

    @Test func propertiesAndTags() throws {
        let text = "a: &anchor !!str 12\nb: *anchor\nc: !custom x\nd: !!set {p, q}\ne: ! 1\n"
        let stream = YAMLStream.parse(text)
        let document = try #require(stream.documents.first)
        let root = try #require(document.root)
        let a = document[try #require(document.value(forKey: "a", in: root))]
        #expect(a.anchor == "anchor")
        #expect(a.explicitTag == "tag:yaml.org,2002:str")
        #expect(a.tag == .str)
        #expect(a.value == .string("12"))
        let bID = try #require(document.value(forKey: "b", in: root))
        #expect(document[bID].kind == .alias)
        #expect(document[bID].text == "anchor")
        #expect(document.target(of: bID) == document.value(forKey: "a", in: root))
        #expect(document[bID].range.description == "2:4-2:11")
        let c = document[try #require(document.value(forKey: "c", in: root))]
        #expect(c.tag == .other("!custom"))
        #expect(c.value == nil)
        #expect(stream.errors.map(\.code) == [.unknownTag])
        #expect(stream.errors.first?.range.start.description == "3:4")
        let d = document[try #require(document.value(forKey: "d", in: root))]
        #expect(d.tag == .set)
        let e = document[try #require(document.value(forKey: "e", in: root))]
        #expect(e.explicitTag == "!")
        #expect(e.tag == .int)
        #expect(e.value == .int(YAMLInteger(1)))
    }

    @Test func documentsAndTheirRanges() throws {
        let stream = YAMLStream.parse("a: 1\n--- \nb: 2\n...\n--- x\n")
        #expect(stream.documents.count == 3)
        #expect(stream.documents.map(\.hasExplicitStart) == [false, true, true])
        #expect(stream.documents[0].range.start.description == "1:1")
        #expect(stream.documents[1].range.start.description == "2:1")
        let multiple = try #require(stream.multipleDocuments)
        #expect(multiple.code == .multipleDocuments)
        #expect(multiple.range.start.description == "2:1")
        #expect(YAMLStream.parse("a: 1\n").multipleDocuments == nil)
    }

    @Test func emptyInputHasNoDocument() {
        #expect(YAMLStream.parse("").documents.isEmpty)
        #expect(YAMLStream.parse("# only a comment\n").documents.isEmpty)
        let empty = YAMLStream.parse("---\n")
        #expect(empty.documents.count == 1)
        #expect(empty.documents.first.flatMap { $0.root.map { $0.index } } == 0)
        #expect(YAMLTest.json("---\n") == "null")
    }

    @Test func syntaxErrorHasPositionAndContextNote() throws {
        let stream = YAMLStream.parse("a: [1, 2\nb: 3\n")
        let error = try #require(stream.errors.first)
        #expect(error.code == .syntax)
        #expect(error.range.start.description == "2:2")
        #expect(error.message.hasPrefix("did not find expected ',' or ']'"))
        #expect(error.notes.map(\.message) == ["started a flow sequence here"])
        #expect(error.notes.first?.range?.start.description == "1:4")
        #expect(stream.documents.isEmpty)
    }

    @Test func syntaxErrorsNeverPointPastTheEnd() throws {
        for text in ["[?]", "[", "a: \"x", "{a: 1", "'"] {
            let source = SourceFile(path: "t", text: text)
            let stream = YAMLStream.parse(source)
            let error = try #require(stream.errors.first, "\(text)")
            #expect(error.range.start.line <= source.lineCount, "\(text): \(error.range)")
            #expect(error.range.start.offset <= source.bytes.count, "\(text)")
            let last = source.location(atOffset: source.bytes.count)
            #expect(error.range.start <= last, "\(text): \(error.range.start) after \(last)")
        }
    }

    @Test func documentsBeforeAnErrorRemain() {
        let stream = YAMLStream.parse("a: 1\n---\nb: [\n")
        #expect(stream.documents.count == 1)
        #expect(stream.hasErrors)
    }

    @Test func keysThatAreCollections() throws {
        let stream = YAMLStream.parse("? [a, b]\n: 1\n")
        #expect(stream.errors.map(\.code) == [.unhashableKey])
        #expect(stream.errors.first?.range.start.description == "1:3")
    }

    @Test func valueIndicatorAsKeyIsTheStringEquals() {
        #expect(YAMLTest.json("=: 1") == "{\"=\":1}")
        #expect(YAMLTest.errorCodes("a: =") == [.invalidValue])
        #expect(YAMLTest.errorCodes("- =") == [.invalidValue])
        #expect(YAMLTest.errorCodes("=") == [.invalidValue])
        #expect(YAMLTest.errorCodes("a: <<") == [.invalidValue])
        #expect(YAMLTest.json("a: '='") == "{\"a\":\"=\"}")
    }

    @Test func omapAndPairsItemsAreNotHashed() {
        // PyYAML never hashes the keys of an !!omap or !!pairs, nor merges its items.
        #expect(YAMLTest.json("k: !!omap [[a]: 1]") == "{\"k\":[[[\"a\"],1]]}")
        #expect(YAMLTest.json("k: !!pairs [{a: 1}: 2]") == "{\"k\":[[{\"a\":1},2]]}")
        #expect(YAMLTest.json("k: !!omap [a: 1, a: 2]") == "{\"k\":[[\"a\",1],[\"a\",2]]}")
        #expect(YAMLTest.errorCodes("k: !!omap [<<: {a: 1}]") == [.invalidValue])
        #expect(YAMLTest.errorCodes("k: !!pairs [=: 1]") == [.invalidValue])
        #expect(YAMLTest.errorCodes("k: !!omap [a, b]") == [.invalidValue, .invalidValue])
        #expect(YAMLTest.errorCodes("k: !!omap [{a: 1, b: 2}]") == [.invalidValue])
        #expect(YAMLTest.errorCodes("k: !!omap {a: 1}") == [.invalidValue])
        // The same mapping used as a plain mapping elsewhere is hashed there.
        #expect(YAMLTest.errorCodes("k: !!omap [&m {[a]: 1}]\nl: *m") == [.unhashableKey])
    }

    @Test func mappingsReadAsScalarsThroughTheValueKey() throws {
        // PyYAML's construct_scalar reads a mapping given a scalar tag as its first `=` entry.
        #expect(YAMLTest.json("k: !!str {=: foo, b: 1}") == "{\"k\":\"foo\"}")
        #expect(YAMLTest.json("k: !!int {=: 0x10}") == "{\"k\":16}")
        #expect(YAMLTest.json("k: !!null {=: x}") == "{\"k\":null}")
        #expect(YAMLTest.json("k: !!str {=: {=: deep}}") == "{\"k\":\"deep\"}")
        #expect(YAMLTest.json("k: !!str {!!value x: y}") == "{\"k\":\"y\"}")
        #expect(YAMLTest.json("k: &m !!str {=: x}\nl: *m") == "{\"k\":\"x\",\"l\":\"x\"}")
        #expect(YAMLTest.errorCodes("k: !!float {=: abc}") == [.invalidValue])
        #expect(YAMLTest.errorCodes("k: !!str {\"=\": y}") == [.invalidValue])
        #expect(YAMLTest.errorCodes("k: !!str {=: [a]}") == [.invalidValue])
        #expect(YAMLTest.errorCodes("k: !!timestamp {=: 2020-01-01}") == [.invalidValue])
        let document = try #require(YAMLTest.document("k: !!str {=: foo}"))
        let root = try #require(document.root)
        let node = document[try #require(document.value(forKey: "k", in: root))]
        #expect(node.kind == .mapping)
        #expect(node.tag == .str)
        #expect(node.value == .string("foo"))
    }

    @Test func setsCollapseEqualMembers() {
        #expect(YAMLTest.json("k: !!set {a, b, a}") == "{\"k\":[\"a\",\"b\"]}")
        #expect(YAMLTest.json("k: !!set {1, 1.0, true}") == "{\"k\":[1]}")
        #expect(YAMLTest.errorCodes("k: !!set [a]") == [.invalidValue])
    }

    @Test func nanKeys() {
        // PyYAML returns one shared NaN object for `.nan`, so a dict finds it by identity.
        #expect(YAMLTest.json("{.nan: a, .NaN: b}") == "{\"NaN\":\"b\"}")
        // Other NaNs come from float() and are new objects, each its own key.
        #expect(YAMLTest.json("{!!float nan: a, !!float nan: b}") == "{\"NaN\":\"a\",\"NaN\":\"b\"}")
        #expect(YAMLTest.json("&n !!float nan: a\n*n : b") == "{\"NaN\":\"b\"}")
    }

    @Test func equalKeysAsPythonComparesThem() {
        #expect(YAMLTest.json("{1: a, 1.0: b, true: c, 0x1: d}") == "{\"1\":\"d\"}")
        #expect(YAMLTest.json("{-0.0: a, 0: b, false: c}") == "{\"-0.0\":\"c\"}")
        #expect(YAMLTest.json("{1e+16x: a}") == "{\"1e+16x\":\"a\"}")
        #expect(YAMLTest.json("{1.0e+16: a, 10000000000000000: b}") == "{\"1e+16\":\"b\"}")
        #expect(
            YAMLTest.json("{2020-01-01: a, 2020-01-01 00:00:00: b}")
                == "{\"2020-01-01\":\"a\",\"2020-01-01T00:00:00\":\"b\"}")
        #expect(
            YAMLTest.json("{2001-12-14 21:59:43 -5: a, 2001-12-15 02:59:43 Z: b}")
                == "{\"2001-12-14T21:59:43-05:00\":\"b\"}")
        #expect(
            YAMLTest.json("{2001-12-14 21:59:43: a, 2001-12-14 21:59:43 Z: b}")
                == "{\"2001-12-14T21:59:43\":\"a\",\"2001-12-14T21:59:43+00:00\":\"b\"}")
        #expect(YAMLTest.json("{\"é\": a, \"e\\u0301\": b}") == "{\"é\":\"a\",\"e\u{301}\":\"b\"}")
        #expect(YAMLTest.json("{!!binary aGk=: a, hi: b}") == "{\"aGk=\":\"a\",\"hi\":\"b\"}")
    }
}
