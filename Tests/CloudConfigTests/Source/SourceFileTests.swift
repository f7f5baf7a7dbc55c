import Testing

@testable import CloudConfig

@Suite struct SourceFileTests {
    static func file(_ text: String) -> SourceFile { SourceFile(path: "t.yaml", text: text) }

    static func position(_ location: CloudConfig.SourceLocation) -> String {
        "\(location.line):\(location.column)@\(location.offset)"
    }

    @Test func columnsCountUnicodeScalars() {
        // h é l l o: `é` is 2 bytes but one column; the emoji is 4 bytes and one column.
        let source = Self.file("héllo 😀x\n")
        #expect(Self.position(source.location(atOffset: 0)) == "1:1@0")
        #expect(Self.position(source.location(atOffset: 3)) == "1:3@3")
        #expect(Self.position(source.location(atOffset: 6)) == "1:6@6")
        #expect(Self.position(source.location(atOffset: 7)) == "1:7@7")
        #expect(Self.position(source.location(atOffset: 11)) == "1:8@11")
        #expect(!source.isASCII)
    }

    @Test func linesFoundFromAStartingLineMatchAWholeSearch() {
        // A search from a given line (a range's end from its start's line) finds what a search
        // from the first line finds, whatever the line given: a line that starts after the
        // offset, or one out of the file, costs a whole search and changes nothing.
        let source = Self.file("a: 1\r\nbb: [x,\n\n  y]\rc\u{85}d\u{2028}\n" + String(repeating: "k: v\n", count: 40))
        let starts = source.lineStarts
        for offset in -1...(source.bytes.count + 1) {
            var expected = 0
            for line in starts.indices where starts[line] <= offset { expected = line }
            for first in [-3, 0, 1, 2, expected - 1, expected, expected + 1, starts.count - 1, starts.count + 4] {
                #expect(starts.line(containing: offset, from: first) == expected, "\(offset) from \(first)")
            }
            #expect(source.lineIndex(containing: offset) == expected)
        }
    }

    @Test func combiningMarksTakeTheirOwnColumn() {
        // `e` followed by U+0301 is one character in Swift but two Unicode scalars.
        let source = Self.file("e\u{301}x")
        #expect(Self.position(source.location(atOffset: 3)) == "1:3@3")
        #expect(Self.position(source.location(line: 1, column: 3)) == "1:3@3")
    }

    @Test func byteOrderMarkTakesNoColumnButThreeBytes() {
        let source = SourceFile(path: "t.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\nb: 2".utf8))
        #expect(source.byteOrderMarkLength == 3)
        #expect(source.contentStart == 3)
        #expect(Self.position(source.location(atOffset: 3)) == "1:1@3")
        #expect(Self.position(source.location(atOffset: 4)) == "1:2@4")
        #expect(Self.position(source.location(atOffset: 0)) == "1:1@0")
        #expect(Self.position(source.location(line: 1, column: 1)) == "1:1@3")
        #expect(Self.position(source.location(line: 2, column: 1)) == "2:1@8")
        #expect(source.lineText(1) == "a: 1")
    }

    @Test func byteOrderMarkPositionsThroughTheParser() throws {
        let source = SourceFile(path: "t.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("a: héllo\nb: [1]".utf8))
        let stream = YAMLStream.parse(source)
        let document = try #require(stream.documents.first)
        let root = try #require(document.root)
        let a = try #require(document.value(forKey: "a", in: root))
        #expect(Self.position(document[a].range.start) == "1:4@6")
        #expect(Self.position(document[a].range.end) == "1:9@12")
        #expect(source.text(of: document[a].range) == "héllo")
        let b = try #require(document.value(forKey: "b", in: root))
        #expect(Self.position(document[b].range.start) == "2:4@16")
    }

    @Test func crlfIsOneLineBreak() {
        let source = Self.file("a: 1\r\nb: 2\r\n")
        #expect(Array(source.lineStarts) == [0, 6, 12])
        #expect(source.lineCount == 3)
        #expect(source.contentEnd(ofLine: 1) == 4)
        #expect(source.lineText(1) == "a: 1")
        #expect(source.lineText(2) == "b: 2")
        #expect(Self.position(source.location(atOffset: 6)) == "2:1@6")
        // The LF of a CRLF belongs to the first line.
        #expect(Self.position(source.location(atOffset: 5)) == "1:6@5")
    }

    @Test func loneCarriageReturnIsALineBreak() {
        let source = Self.file("a: 1\rb: 2\r\rc")
        #expect(Array(source.lineStarts) == [0, 5, 10, 11])
        #expect(source.lineText(2) == "b: 2")
        #expect(source.lineText(3) == "")
        #expect(Self.position(source.location(atOffset: 11)) == "4:1@11")
    }

    @Test func unicodeLineBreaks() {
        let source = Self.file("a\u{85}b\u{2028}c\u{2029}d")
        #expect(source.lineCount == 4)
        #expect(source.lineText(1) == "a")
        #expect(source.lineText(2) == "b")
        #expect(source.lineText(3) == "c")
        #expect(source.lineText(4) == "d")
        #expect(Self.position(source.location(atOffset: 3)) == "2:1@3")
    }

    @Test func lineAndColumnAreClamped() {
        let source = Self.file("ab\ncd")
        #expect(Self.position(source.location(line: 0, column: 0)) == "1:1@0")
        #expect(Self.position(source.location(line: 1, column: 99)) == "1:3@2")
        #expect(Self.position(source.location(line: 9, column: 2)) == "2:2@4")
        #expect(Self.position(source.location(atOffset: 99)) == "2:3@5")
        #expect(Self.position(source.location(atOffset: -4)) == "1:1@0")
    }

    @Test func emptyFileHasOneEmptyLine() {
        let source = Self.file("")
        #expect(source.lineCount == 1)
        #expect(source.lineText(1) == "")
        #expect(Self.position(source.location(atOffset: 0)) == "1:1@0")
        #expect(source.isASCII)
    }

    @Test func textOfARangeAndInvalidUTF8() {
        let source = SourceFile(path: "t", bytes: [0x61, 0xFF, 0x62])
        #expect(source.text == "a\u{FFFD}b")
        let range = SourceRange(start: source.location(atOffset: 0), end: source.location(atOffset: 1))
        #expect(source.text(of: range) == "a")
    }

    @Test func nodeColumnsAfterNonASCIIText() throws {
        let text = "ключ: значение\n- x: 😀😀 y\n"
        let stream = YAMLStream.parse(text)
        #expect(stream.hasErrors)
        let good = "ключ: значение\nk2: [😀, é]\n"
        let document = try #require(YAMLStream.parse(good).documents.first)
        let root = try #require(document.root)
        let key = try #require(document.value(forKey: "ключ", in: root))
        #expect(document[key].range.description == "1:7-1:15")
        let list = try #require(document.value(forKey: "k2", in: root))
        let items = document.items(of: list)
        #expect(items.map { document[$0].range.description } == ["2:6-2:7", "2:9-2:10"])
        let source = SourceFile(path: "t", text: good)
        #expect(items.map { source.text(of: document[$0].range) } == ["😀", "é"])
    }
}
