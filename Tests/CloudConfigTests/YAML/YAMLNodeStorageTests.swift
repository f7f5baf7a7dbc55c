import Testing

@testable import CloudConfig

/// How nodes keep their values and children in one field (for memory on large inputs), and how
/// the reader hands libyaml the input in place: every combination must read back as written.
@Suite struct YAMLNodeStorageTests {
    @Test func nodesStayAtThirtyTwoBytes() {
        // A 50 MiB input holds about two million nodes: each byte here is 2 MB there. The input
        // takes eight bytes: most scalars read their text from it instead of keeping a string,
        // and every node its line and column from its line index (only the byte offsets are
        // kept), which took the node from 48 bytes to 32.
        #expect(MemoryLayout<YAMLNode>.stride == 32)
    }

    @Test func textsReadFromTheInputMatchTheValuesWritten() throws {
        // Plain, quoted and escaped scalars, scalars with properties, folded and block scalars,
        // multi-line plain scalars, non-ASCII text and aliases: every text reads back as libyaml
        // gave it, whether the node keeps a string or reads the input.
        let text = """
            plain: some words here
            short: ab
            single: 'it''s quoted text'
            double: "tab\\there and more"
            clean: "a quoted string long enough"
            empty: ''
            tagged: !!str tagged text beyond fifteen
            anchored: &a anchored text beyond fifteen
            alias: *a
            folded: >
              folded text
              on two lines
            literal: |
              kept as written
            multi: plain text
              over two lines
            unicode: "h\\u00e9llo w\\u00f6rld, caf\\u00e9 na\\u00efve"
            raw: héllo wörld, café naïve
            list: [flow item one, 'flow two', "flow three"]

            """
        let document = try #require(YAMLTest.document(text))
        let root = try #require(document.root)
        let expected: [(String, String)] = [
            ("plain", "some words here"), ("short", "ab"), ("single", "it's quoted text"),
            ("double", "tab\there and more"), ("clean", "a quoted string long enough"), ("empty", ""),
            ("tagged", "tagged text beyond fifteen"), ("anchored", "anchored text beyond fifteen"),
            ("alias", "a"), ("folded", "folded text on two lines\n"), ("literal", "kept as written\n"),
            ("multi", "plain text over two lines"), ("unicode", "héllo wörld, café naïve"),
            ("raw", "héllo wörld, café naïve"),
        ]
        for (key, value) in expected {
            let node = document[try #require(document.value(forKey: key, in: root))]
            #expect(node.text == value, "\(key)")
            #expect(node.withTextUTF8 { Array($0) } == Array(value.utf8), "\(key)")
            #expect(node.hasText(value), "\(key)")
            #expect(!node.hasText(value + "x") && (value.isEmpty || !node.hasText(String(value.dropLast()))), "\(key)")
        }
        let list = try #require(document.value(forKey: "list", in: root))
        #expect(document.items(of: list).map { document[$0].text } == ["flow item one", "flow two", "flow three"])
        #expect(document[list].text == "")
        #expect(document[root].text == "")
        let raw = document[try #require(document.value(forKey: "raw", in: root))]
        let unicode = document[try #require(document.value(forKey: "unicode", in: root))]
        #expect(raw.hasSameText(as: unicode))
        #expect(!raw.hasSameText(as: document[root]))
    }

    @Test func propertiesLiveBesideValuesAndChildren() throws {
        let text = "a: &x !!str 12\nb: !!int '7'\nc: &m {k: v}\nd: &q plain\ne: *q\nf: !custom [1]\ng: *m\n"
        let stream = YAMLStream.parse(text)
        let document = try #require(stream.documents.first)
        let root = try #require(document.root)
        func node(_ key: String) throws -> YAMLNode { document[try #require(document.value(forKey: key, in: root))] }
        #expect(try node("a").anchor == "x")
        #expect(try node("a").explicitTag == "tag:yaml.org,2002:str")
        #expect(try node("a").value == .string("12"))
        #expect(try node("a").valueIsText)
        #expect(try node("b").value == .int(YAMLInteger(7)))
        #expect(try node("b").anchor == nil)
        #expect(try node("c").anchor == "m")
        #expect(try node("c").childCount == 2)
        #expect(try node("c").value == nil)
        #expect(try node("d").value == .string("plain"))
        #expect(try node("e").value == .string("plain"))
        #expect(try node("e").anchor == nil)
        #expect(try node("f").explicitTag == "!custom")
        #expect(try node("f").childCount == 1)
        #expect(try node("g").tag == .map)
        #expect(try node("g").childCount == 1)
    }

    @Test func collectionsKeepTheirChildrenAndAValueBesides() throws {
        // A mapping read as a scalar has children and a value; the value must not hide them.
        let document = try #require(YAMLTest.document("a: 1\nk: !!str {=: foo, b: 2}\nl: [x, y]\nm: {}\n"))
        let root = try #require(document.root)
        let k = try #require(document.value(forKey: "k", in: root))
        #expect(document[k].value == .string("foo"))
        #expect(document.entries(of: k).map { document[$0.key].text } == ["=", "b"])
        #expect(document[k].childCount == 4)
        let l = try #require(document.value(forKey: "l", in: root))
        #expect(document[l].value == nil)
        #expect(document.items(of: l).map { document[$0].text } == ["x", "y"])
        // An empty collection keeps where its (no) children would start: after the four of `k`
        // and the two of `l`, which ended before it.
        let m = try #require(document.value(forKey: "m", in: root))
        #expect(document[m].childCount == 0)
        #expect(document[m].childStart == 6)
        #expect(document.entries(of: m).isEmpty)
    }

    @Test func aliasesKeepTheirTargetAndItsValue() throws {
        let document = try #require(YAMLTest.document("a: &n 12\nb: *n\nc: &s {x: 1}\nd: *s\n"))
        let root = try #require(document.root)
        let b = try #require(document.value(forKey: "b", in: root))
        #expect(document[b].kind == .alias)
        #expect(document[b].value == .int(YAMLInteger(12)))
        #expect(document[b].tag == .int)
        #expect(document.target(of: b) == document.value(forKey: "a", in: root))
        let d = try #require(document.value(forKey: "d", in: root))
        #expect(document[d].value == nil)
        #expect(document.target(of: d) == document.value(forKey: "c", in: root))
    }

    @Test func scalarsKeepTheirValuesWithoutChildren() throws {
        let document = try #require(
            YAMLTest.document("s: text\ni: 0x10\nf: 1.5\nn: ~\nt: yes\nq: '7'\nb: !!binary AAE=\n"))
        let root = try #require(document.root)
        let expected: [(String, YAMLScalar?)] = [
            ("s", .string("text")), ("i", .int(YAMLInteger(16))), ("f", .float(1.5)), ("n", .null),
            ("t", .bool(true)), ("q", .string("7")), ("b", .binary([0, 1])),
        ]
        for (key, value) in expected {
            let node = document[try #require(document.value(forKey: key, in: root))]
            #expect(node.value == value, "\(key)")
            #expect(node.childCount == 0 && node.childStart == 0, "\(key)")
        }
    }

    @Test func emptyAndByteOrderMarkedInputsReadInPlace() throws {
        #expect(YAMLStream.parse("").documents.isEmpty)
        #expect(YAMLStream.parse("").errors.isEmpty)
        let marked = YAMLStream.parse(SourceFile(path: "f", bytes: [0xEF, 0xBB, 0xBF] + Array("k: v\n".utf8)))
        #expect(marked.errors.isEmpty)
        let document = try #require(marked.documents.first)
        let root = try #require(document.root)
        let value = try #require(document.value(forKey: "k", in: root))
        #expect(document[value].range.description == "1:4-1:5")
        #expect(document[value].range.start.offset == 6)
        #expect(YAMLEventReader.countEvents([]) == 2)
        #expect(YAMLEventReader.countEvents(Array("a: [1, 2]\n".utf8)[...]) == 11)
    }

    @Test func positionsComeBackFromOffsetsAsLibyamlReportedThem() throws {
        // Nodes keep byte offsets only; lines and columns come back from the line index, or for
        // a column far into a long non-ASCII line, from the position kept as libyaml gave it.
        let crlf = try #require(YAMLTest.document("a: 1\r\nb: [x,\r\n  y]\r\nc: *q\r\n"))
        let root = try #require(crlf.root)
        let b = try #require(crlf.value(forKey: "b", in: root))
        #expect(crlf[b].range.description == "2:4-3:5")
        #expect(crlf.items(of: b).map { crlf[$0].range.description } == ["2:5-2:6", "3:3-3:4"])
        #expect(crlf[try #require(crlf.value(forKey: "c", in: root))].text == "q")

        let unterminated = try #require(YAMLTest.document("k: caf\u{e9} v"))
        let unterminatedRoot = try #require(unterminated.root)
        let value = try #require(unterminated.value(forKey: "k", in: unterminatedRoot))
        #expect(unterminated[value].range.description == "1:4-1:10")
        #expect(unterminated[value].range.end.offset == 10)

        // "é, " is three characters in four bytes: the last item is past the counting limit.
        let long = "k: [" + String(repeating: "\u{e9}, ", count: 2000) + "x]\n"
        let wide = try #require(YAMLTest.document(long))
        let wideRoot = try #require(wide.root)
        let list = try #require(wide.value(forKey: "k", in: wideRoot))
        let items = wide.items(of: list)
        #expect(items.count == 2001)
        let last = try #require(items.last)
        #expect(wide[last].text == "x")
        #expect(wide[last].range.start == SourceLocation(line: 1, column: 6005, offset: 8004))
        #expect(wide[last].range.end == SourceLocation(line: 1, column: 6006, offset: 8005))
        #expect(wide[items[1]].range.start == SourceLocation(line: 1, column: 8, offset: 8))
    }

    @Test func rangesFoundFromTheirStartLineMatchTheLineIndex() throws {
        // A node's end is searched for from its start's line; it must be what a search of the
        // whole line index gives, for nodes on one line, on the next and far below.
        let text =
            "top:\n  list:\n    - a\n    - [b,\n       c]\n  text: |\n    one\n    two\n"
            + (0..<50).map { "  k\($0): \"caf\u{e9} \($0)\"\n" }.joined() + "end: {x: 1,\n  y: 2}\n"
        let source = SourceFile(path: "t.yaml", text: text)
        let document = try #require(YAMLStream.parse(source).documents.first)
        #expect(document.nodes.count > 100)
        for node in document.nodes {
            let range = node.range
            #expect(range.start == source.location(atOffset: range.start.offset))
            #expect(range.end == source.location(atOffset: range.end.offset))
        }
        let root = try #require(document.root)
        #expect(document[root].range.description == "1:1-\(source.lineCount - 1):8")
    }

    @Test func literalBlocksReadBackFromTheirLines() throws {
        // A clipped literal block indented alike keeps no string: its lines are read again
        // from the input, less their indentation. Every other form keeps libyaml's string.
        let text = """
            plain: |
              one
              two
            blank: |

              after a blank line

                more indented
              last


            keep: |+
              kept

            strip: |-
              stripped
            indicated: |4
                  four and two
            comment: | # a comment
              commented
            nested:
              - |
                in a list
            tabbed: |
              a\tb
            end: |
              at the end
            """
        let expected: [(String, String)] = [
            ("plain", "one\ntwo\n"), ("blank", "\nafter a blank line\n\n  more indented\nlast\n"),
            ("keep", "kept\n\n"), ("strip", "stripped"), ("indicated", "  four and two\n"),
            ("comment", "commented\n"), ("tabbed", "a\tb\n"), ("end", "at the end"),
        ]
        for input in [text, text.replacing("\n", with: "\r\n")] {
            let document = try #require(YAMLTest.document(input))
            let root = try #require(document.root)
            for (key, value) in expected {
                let node = document[try #require(document.value(forKey: key, in: root))]
                #expect(node.text == value, "\(key)")
                #expect(node.value == .string(value), "\(key)")
                #expect(node.withTextUTF8 { Array($0) } == Array(value.utf8), "\(key)")
                #expect(node.hasText(value) && !node.hasText(value + "x"), "\(key)")
                // Chomping indicators, an explicit indentation and a last line without a break
                // are kept as libyaml gave them.
                #expect(node.keepsText == ["keep", "strip", "indicated", "end"].contains(key), "\(key)")
            }
            let nested = try #require(document.value(forKey: "nested", in: root))
            let item = try #require(document.items(of: nested).first)
            #expect(document[item].text == "in a list\n")
        }
    }
}
