import Testing

@testable import CloudConfig

/// Where libyaml (cloudcfg's parser) and PyYAML's pure-Python scanner (cloud-init's) disagree on
/// what is valid YAML. cloud-init wins: what it refuses, cloudcfg refuses; what it accepts but
/// libyaml cannot read, cloudcfg reports as an error that says so. Each case here was checked
/// against PyYAML 6.0 (`yaml.safe_load`).
@Suite struct PyYAMLScannerCheckTests {
    static func errors(_ text: String) -> [String] {
        // Through the linter's mapping of codes to rules, which is how users see them.
        YAMLStream.parse(text).diagnostics.map {
            "\($0.ruleID)@\($0.range.start)"
        }
    }

    /// libyaml skips these tabs as blanks; PyYAML raises "found character '\t' that cannot start
    /// any token".
    @Test(arguments: [
        ("a:\tb", "yaml-syntax@1:3"),
        ("a: b\t", "yaml-syntax@1:5"),
        ("a: 'b'\t", "yaml-syntax@1:7"),
        ("a: \"b\"\t# c\n", "yaml-syntax@1:7"),
        ("a: b \t# c", "yaml-syntax@1:6"),
        ("[a,\tb]", "yaml-syntax@1:4"),
        ("[a,\n\t\nb]", "yaml-syntax@2:1"),
        ("{a:\tb}", "yaml-syntax@1:4"),
        ("a\tb: 1", "yaml-syntax@1:2"),
        ("k: a\tb", "yaml-syntax@1:5"),
        ("a: |\t\n  x\n", "yaml-syntax@1:5"),
        ("a: | \t# c\n  x\n", "yaml-syntax@1:6"),
        ("%YAML 1.1\t\n--- a", "yaml-syntax@1:10"),
        ("---\ta", "yaml-syntax@1:4"),
        ("a: !!str\tb", "yaml-syntax@1:9"),
    ])
    func tabsPyYAMLRefuses(_ text: String, _ error: String) {
        #expect(Self.errors(text) == [error], "\(text.debugDescription)")
    }

    @Test func oneErrorPerLineWithTabs() {
        #expect(Self.errors("a:\tb\t\nc: d\t\n") == ["yaml-syntax@1:3", "yaml-syntax@2:5"])
    }

    /// PyYAML accepts a tab inside quotes, in a block scalar's lines and in a comment.
    @Test(arguments: [
        ("a: \"x\ty\"", "{\"a\":\"x\\ty\"}"),
        ("a: 'x\ty'", "{\"a\":\"x\\ty\"}"),
        ("a: \"x\n\ty\"", "{\"a\":\"x y\"}"),
        ("a: |\n  x\ty\n", "{\"a\":\"x\\ty\\n\"}"),
        ("a: |\n  x\n  \ty\n", "{\"a\":\"x\\n\\ty\\n\"}"),
        ("a: 1 # c\td", "{\"a\":1}"),
        ("#\t\na: 1", "{\"a\":1}"),
        ("a: | #\tc\n  x\n", "{\"a\":\"x\\n\"}"),
    ])
    func tabsPyYAMLAccepts(_ text: String, _ json: String) {
        #expect(YAMLTest.json(text) == json, "\(text.debugDescription)")
    }

    @Test func hashRightAfterABlockScalarIndicator() {
        #expect(Self.errors("a: |#\n  x\n") == ["yaml-syntax@1:5"])
        #expect(Self.errors("a: >-#c\n  x\n") == ["yaml-syntax@1:6"])
        #expect(Self.errors("a: !!str |2#\n   x\n") == ["yaml-syntax@1:12"])
        #expect(Self.errors("a: | #c\n  x\n") == [])
    }

    /// PyYAML ends a plain scalar at `?` inside brackets or braces and then fails on the `?`.
    @Test func questionMarkInsideAFlowPlainScalar() {
        #expect(Self.errors("[a?b]") == ["yaml-syntax@1:3"])
        #expect(Self.errors("{a: b?}") == ["yaml-syntax@1:6"])
        #expect(Self.errors("{a?: b}") == ["yaml-syntax@1:3"])
        #expect(Self.errors("[!!str x?y]") == ["yaml-syntax@1:9"])
        #expect(YAMLTest.json("[? a, b: c]") == "[{\"a\":null},{\"b\":\"c\"}]")
        #expect(YAMLTest.json("a: b?c") == "{\"a\":\"b?c\"}")
        #expect(YAMLTest.json("[\"a?b\"]") == "[\"a?b\"]")
    }

    /// libyaml skips a byte order mark at the start of any line; PyYAML only at the very start.
    @Test func byteOrderMarkAtTheStartOfALine() {
        // libyaml happens to fail after these two as well; the mark is reported first.
        #expect(Self.errors("a: 1\n\u{FEFF}b: 2") == ["invalid-character@2:1", "yaml-syntax@2:2"])
        #expect(Self.errors("- a\n\u{FEFF}- b") == ["invalid-character@2:1", "yaml-syntax@2:2"])
        #expect(Self.errors("a: 1\n\u{FEFF}\nb: 2") == ["invalid-character@2:1"])
        #expect(Self.errors("\u{FEFF}\u{FEFF}a: 1") == ["invalid-character@1:1"])
        #expect(YAMLTest.json("\u{FEFF}a: 1") == "{\"a\":1}")
        #expect(YAMLTest.json("a: \u{FEFF}b") == "{\"a\":\"\u{FEFF}b\"}")
        #expect(YAMLTest.json("a: \"x\n\u{FEFF}y\"") == "{\"a\":\"x \u{FEFF}y\"}")
    }

    @Test func textAfterASyntaxErrorIsNotChecked() {
        // PyYAML would stop at the first error too; the tab after it is not reported.
        #expect(Self.errors("a: b: c\nd:\te") == ["yaml-syntax@1:5"])
    }

    // MARK: - Known disagreements: PyYAML accepts, libyaml cannot read

    static func notes(_ text: String) -> [String] {
        YAMLStream.parse(text).diagnostics.flatMap { $0.notes.map(\.message) }
    }

    @Test func directivesPyYAMLAccepts() {
        // PyYAML loads 'a' for both; libyaml refuses them.
        #expect(Self.errors("%YAML 1.3\n--- a") == ["yaml-syntax@1:1"])
        #expect(Self.notes("%YAML 1.3\n--- a").contains { $0.contains("accepts any %YAML 1.x") })
        #expect(Self.errors("%FOO bar\n--- a") == ["yaml-syntax@1:5"])
        #expect(Self.notes("%FOO bar\n--- a").contains { $0.contains("ignores directives") })
        #expect(YAMLTest.json("%YAML 1.2\n--- a") == "\"a\"")
    }

    @Test func escapedSurrogates() {
        // PyYAML loads '\ud800', a str that is not valid Unicode.
        #expect(Self.errors("k: \"\\ud800\"") == ["yaml-syntax@1:7"])
        #expect(Self.notes("k: \"\\ud800\"").contains { $0.contains("surrogate") })
    }

    @Test func tabAfterTheIndentationOfABlockScalarsFirstLine() {
        // PyYAML loads {'a': '\tx\n'}.
        #expect(Self.errors("a: |\n  \tx\n") == ["yaml-syntax@2:3"])
        #expect(Self.notes("a: |\n  \tx\n").contains { $0.contains("block scalar's first line") })
    }

    @Test func emptyKeyInAFlowSequence() {
        // PyYAML loads [{None: None}].
        #expect(YAMLTest.errorCodes("[?]") == [.syntax])
    }

    @Test func recursiveStructures() {
        // PyYAML builds a list that contains itself; cloud-init cannot validate or use it.
        #expect(YAMLTest.errorCodes("a: &x [*x]") == [.recursiveAlias])
    }

    @Test func nestingStopsWhereCloudInitsLoaderStops() {
        // PyYAML's recursive composer, called where cloud-init reads user-data at boot, stops at
        // 485 levels (NestingLimitOracleTests asks it); cloudcfg reads one level less.
        let limit = YAMLLimits.cloudInitLoaderDepth
        let nested = { (depth: Int) in String(repeating: "[", count: depth) + String(repeating: "]", count: depth) }
        #expect(YAMLTest.errorCodes(nested(limit)).isEmpty)
        #expect(YAMLTest.errorCodes(nested(limit + 1)) == [.nestingTooDeep])
    }
}
