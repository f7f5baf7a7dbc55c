import Testing

@testable import CloudConfig

@Suite struct YAMLEmitterTests {
    static func emit(_ value: YAMLValue) throws -> String { try YAMLEmitter.emit(value) }

    static func mapping(_ key: String, _ value: YAMLValue) -> YAMLValue {
        .mapping([YAMLValue.Entry(key: .scalar(.string(key)), value: value)])
    }

    /// Strings PyYAML would read as something else stay quoted (cloud-init.md section 4.6).
    @Test(arguments: [
        ("0644", "k: '0644'\n"), ("yes", "k: 'yes'\n"), ("on", "k: 'on'\n"), ("22:22", "k: '22:22'\n"),
        ("1:30", "k: '1:30'\n"), ("2020-01-01", "k: '2020-01-01'\n"), ("1.5", "k: '1.5'\n"), ("~", "k: '~'\n"),
        ("null", "k: 'null'\n"), ("", "k: ''\n"), ("=", "k: '='\n"), ("<<", "k: '<<'\n"), (".inf", "k: '.inf'\n"),
        ("0x1F", "k: '0x1F'\n"), ("True", "k: 'True'\n"),
        ("hello", "k: hello\n"), ("/etc/x", "k: /etc/x\n"), ("héllo", "k: héllo\n"), ("1e3", "k: 1e3\n"),
        ("0o644", "k: 0o644\n"), ("y", "k: y\n"),
    ])
    func quoting(_ text: String, _ yaml: String) throws {
        #expect(try Self.emit(Self.mapping("k", .scalar(.string(text)))) == yaml)
    }

    @Test func multiLineStringsUseLiteralBlocks() throws {
        #expect(try Self.emit(Self.mapping("k", .scalar(.string("a\nb\n")))) == "k: |\n  a\n  b\n")
        #expect(try Self.emit(Self.mapping("k", .scalar(.string("a\nb")))) == "k: |-\n  a\n  b\n")
    }

    /// A top-level key named for flow style gets its list on its own line (ds-identify reads
    /// `datasource_list` only from there); other keys and nested lists stay in block style.
    @Test func flowSequenceKeysKeepTheListOnTheKeysLine() throws {
        let value = YAMLValue.mapping([
            .init(key: .scalar(.string("datasource_list")), value: .sequence([.scalar(.string("Azure"))])),
            .init(key: .scalar(.string("other")), value: .sequence([.scalar(.string("a"))])),
        ])
        let options = YAMLEmitter.Options(flowSequenceKeys: ["datasource_list"])
        #expect(try YAMLEmitter.emit(value, options: options) == "datasource_list: [Azure]\nother:\n- a\n")
    }

    @Test func scalarsOfEveryType() throws {
        let date = try #require(YAMLDate(year: 2020, month: 1, day: 2))
        let dateTime = try #require(
            YAMLDateTime(date: date, hour: 3, minute: 4, second: 5, microsecond: 600, utcOffsetMinutes: -330))
        let value = YAMLValue.sequence([
            .scalar(.null), .scalar(.bool(true)), .scalar(.int(YAMLInteger(-7))), .scalar(.float(1e16)),
            .scalar(.float(0.5)), .scalar(.float(-.infinity)), .scalar(.float(.nan)), .scalar(.date(date)),
            .scalar(.dateTime(dateTime)), .scalar(.binary(Array("hi".utf8))),
        ])
        #expect(
            try Self.emit(value) == """
                - null
                - true
                - -7
                - 1.0e+16
                - 0.5
                - -.inf
                - .nan
                - 2020-01-02
                - 2020-01-02 03:04:05.000600-05:30
                - !!binary aGk=

                """)
    }

    @Test func floatsAreWrittenSoTheyReadBackAsFloats() {
        #expect(YAMLEmitter.floatText(1e16) == "1.0e+16")
        #expect(YAMLEmitter.floatText(1e-5) == "1.0e-05")
        #expect(YAMLEmitter.floatText(1.5e300) == "1.5e+300")
        #expect(YAMLEmitter.floatText(100) == "100.0")
        #expect(YAMLEmitter.floatText(-0.0) == "-0.0")
        #expect(YAMLEmitter.floatText(.infinity) == ".inf")
    }

    @Test func collectionsAndTags() throws {
        let value = YAMLValue.mapping([
            YAMLValue.Entry(key: .scalar(.string("set")), value: .set([.scalar(.string("a"))])),
            YAMLValue.Entry(
                key: .scalar(.string("pairs")),
                value: .pairs([YAMLValue.Entry(key: .scalar(.string("x")), value: .scalar(.int(YAMLInteger(1))))])),
            YAMLValue.Entry(key: .scalar(.string("empty")), value: .sequence([])),
            YAMLValue.Entry(key: .scalar(.int(YAMLInteger(1))), value: .mapping([])),
        ])
        #expect(
            try Self.emit(value) == """
                set: !!set
                  a: null
                pairs: !!pairs
                - x: 1
                empty: []
                1: {}

                """)
    }

    @Test func headerAndIndent() throws {
        let value = Self.mapping("a", .sequence([Self.mapping("b", .scalar(.int(YAMLInteger(1))))]))
        let text = try YAMLEmitter.emit(value, options: YAMLEmitter.Options(header: "#cloud-config", indent: 4))
        #expect(text == "#cloud-config\na:\n-   b: 1\n")
    }

    /// Strings that are hard to write: each must read back as exactly the same string.
    static let trickyStrings: [String] = [
        " leading", "trailing ", " both ", "a: b", "a #b", "#x", "- x", "-", "? x", "?", ": x", ":", "'", "\"",
        "'quoted'", "\"double\"", "it's", "back\\slash", "tab\there", "\t", "\u{7}bell", "\u{1B}[0m", "\u{0}nul",
        "\u{7F}", "\u{85}nel", "line\u{2028}sep", "para\u{2029}sep", "\u{FEFF}bom", "\u{A0}nbsp", "€", "😀",
        "e\u{301}", "a\nb", "a\n", "\n", "\n\n", "a\n\nb\n\n", " a\n b", "a\r\nb", "\r", "a  \n  b", "[x]", "{x}",
        "*alias", "&anchor", "!tag", "|", ">", "%", "@", "`", "...", "---", "--- x", "a,b", "a, b", "x\u{2028}",
        "0", "-0", "1_000", "0b1", "+1", "1:", ".5", "1.", "-.inf", ".NaN", "Yes", "NULL", "~x", "<<x", "=x",
        "2020-1-1", "2001-12-14 21:59:43", String(repeating: "long ", count: 100),
    ]

    @Test(arguments: trickyStrings)
    func stringsReadBackUnchanged(_ text: String) throws {
        for value in [Self.mapping("k", .scalar(.string(text))), Self.mapping(text, .scalar(.int(YAMLInteger(1))))] {
            let yaml = try Self.emit(value)
            let stream = YAMLStream.parse(yaml)
            let errors = stream.errors.map(\.message)
            #expect(errors.isEmpty, "\(yaml.debugDescription)")
            let document = try #require(stream.documents.first)
            let reread = document.value(of: try #require(document.root))
            #expect(reread.json == value.json, "\(text.debugDescription) written as \(yaml.debugDescription)")
        }
    }

    @Test(arguments: Fixtures.yamlCorpusNames.filter { !$0.hasPrefix("error-") })
    func corpusReadsBackTheSame(_ name: String) throws {
        let source = SourceFile(path: name, bytes: Array(try Fixtures.data("yaml/" + name)))
        let stream = YAMLStream.parse(source)
        let errors = stream.errors.map { "\($0.range.start): \($0.message)" }
        #expect(errors.isEmpty)
        guard let document = stream.documents.first, let root = document.root else { return }
        let value = document.value(of: root)
        let yaml = try YAMLEmitter.emit(value)
        let reread = YAMLStream.parse(yaml)
        let rereadErrors = reread.errors.map { "\($0.range.start): \($0.message)" }
        #expect(rereadErrors.isEmpty, "\(yaml)")
        let rereadDocument = try #require(reread.documents.first)
        let again = rereadDocument.value(of: try #require(rereadDocument.root))
        let ours = try JSONTree.parse(value.json.serialized())
        let back = try JSONTree.parse(again.json.serialized())
        #expect(JSONTree.differences(back, ours) == [])
    }
}
