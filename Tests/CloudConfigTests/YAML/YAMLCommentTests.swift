import Testing

@testable import CloudConfig

@Suite struct YAMLCommentTests {
    static func comments(_ text: String) -> [String] {
        YAMLStream.parse(text).comments.map { "\($0.range.start):\($0.text):\($0.isWholeLine ? "line" : "trailing")" }
    }

    @Test func wholeLineAndTrailingComments() {
        #expect(
            Self.comments("#cloud-config\na: 1 # why\n  # indented\n") == [
                "1:1:cloud-config:line", "2:6: why:trailing", "3:3: indented:line",
            ])
    }

    @Test func hashInsideScalarsIsText() {
        #expect(Self.comments("a: 'x # y'\nb: \"# z\"\nc: d#e\nd: |\n  # body\n  x\n") == [])
    }

    @Test func commentRightAfterATokenWithoutASpace() {
        // libyaml and PyYAML both start a comment at a `#` that follows a token.
        #expect(
            Self.comments("a: \"x\"#one\nb: [1]#two\nc: {d: 1}#three\n") == [
                "1:7:one:trailing", "2:7:two:trailing", "3:10:three:trailing",
            ])
    }

    @Test func commentAfterABlockScalarHeader() {
        #expect(
            Self.comments("a: | # header\n  # content\nb: 1 # after\n") == [
                "1:6: header:trailing", "3:6: after:trailing",
            ])
    }

    @Test func commentRanges() throws {
        let stream = YAMLStream.parse("a: 1 # é😀\r\nb: 2\n")
        let comment = try #require(stream.comments.first)
        #expect(comment.range.description == "1:6-1:10")
        #expect(comment.text == " é😀")
    }

    @Test func commentsAfterASyntaxError() {
        // Past the error the parser read nothing; a `#` after a blank still counts.
        #expect(YAMLStream.parse("a: b: c\n").hasErrors)
        #expect(Self.comments("a: b: c\n# one\nd: x#y # two\n") == ["2:1: one:line", "3:8: two:trailing"])
    }

    @Test func commentWithBOM() {
        let source = SourceFile(path: "t", bytes: [0xEF, 0xBB, 0xBF] + Array("# c\na: 1".utf8))
        let comments = YAMLStream.parse(source).comments
        #expect(comments.map(\.range.start.description) == ["1:1"])
        #expect(comments.first?.range.start.offset == 3)
        #expect(comments.first?.isWholeLine == true)
    }
}
