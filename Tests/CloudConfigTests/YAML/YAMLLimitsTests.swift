import Testing

@testable import CloudConfig

/// Hostile input: every case ends in a clean error with a code and a position, never a crash or
/// a hang. (Speed is measured by the benchmark, not asserted here.)
@Suite struct YAMLLimitsTests {
    static func firstError(_ bytes: [UInt8], limits: YAMLLimits = YAMLLimits()) -> YAMLError? {
        YAMLStream.parse(SourceFile(path: "t", bytes: bytes), limits: limits).errors.first
    }

    static func firstError(_ text: String, limits: YAMLLimits = YAMLLimits()) -> YAMLError? {
        firstError(Array(text.utf8), limits: limits)
    }

    /// The classic "billion laughs": nine levels of nine aliases, 9^9 nodes once expanded.
    static let billionLaughs: String = {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [" + Array(repeating: previous, count: 9).joined(separator: ", ") + "]\n"
        }
        return text
    }()

    @Test func billionLaughsIsRefused() throws {
        let stream = YAMLStream.parse(Self.billionLaughs)
        let error = try #require(stream.errors.first)
        #expect(error.code == .aliasExpansionLimit)
        #expect(error.message.contains("1048576"))
        // Each alias of a5 brings 597,871 nodes; the first one on a6's line passes 2^20 in all.
        #expect(error.range.start.line == 7)
        #expect(stream.documents.isEmpty)
    }

    @Test func aliasBudgetScalesWithTheInput() {
        let limits = YAMLLimits()
        #expect(limits.aliasBudget(inputBytes: 10) == 1 << 20)
        #expect(limits.aliasBudget(inputBytes: 1 << 20) == 4 << 20)
        #expect(YAMLLimits(maxAliasExpansion: 5).aliasBudget(inputBytes: 1 << 20) == 5)
        let text = "a: &a [1, 2, 3]\nb: [*a, *a]\n"
        #expect(Self.firstError(text, limits: YAMLLimits(maxAliasExpansion: 8)) == nil)
        #expect(Self.firstError(text, limits: YAMLLimits(maxAliasExpansion: 7))?.code == .aliasExpansionLimit)
    }

    @Test func manyAliasesOfAScalarAreFine() {
        let text = "a: &a x\nb: [" + Array(repeating: "*a", count: 10_000).joined(separator: ", ") + "]\n"
        #expect(Self.firstError(text) == nil)
    }

    @Test func deepFlowNestingStopsAtTheLimit() throws {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let stream = YAMLStream.parse(text)
        let error = try #require(stream.errors.first)
        #expect(error.code == .nestingTooDeep)
        let limit = YAMLLimits.cloudInitLoaderDepth
        #expect(error.range.start.description == "1:\(limit + 1)")
        #expect(stream.errors.count == 1)
        #expect(stream.documents.isEmpty)
        #expect(
            YAMLStream.parse(String(repeating: "[", count: limit) + String(repeating: "]", count: limit)).errors
                .isEmpty)
    }

    @Test func deepFlowMappingsAndUnclosedBrackets() throws {
        #expect(Self.firstError(String(repeating: "{a: ", count: 50_000))?.code == .nestingTooDeep)
        // Unclosed brackets below the limit: a syntax error at the end, not a hang.
        #expect(Self.firstError(String(repeating: "[", count: 300))?.code == .syntax)
    }

    @Test func deepBlockNestingStopsAtTheLimit() throws {
        var text = ""
        for level in 0..<600 { text += String(repeating: " ", count: level) + "k:\n" }
        let error = try #require(Self.firstError(text))
        #expect(error.code == .nestingTooDeep)
        #expect(error.range.start.line == YAMLLimits.cloudInitLoaderDepth + 1)
        let dashes = String(repeating: "- ", count: 1000) + "x\n"
        #expect(Self.firstError(dashes)?.code == .nestingTooDeep)
    }

    @Test func nestingThroughAliasesCounts() throws {
        var text = "a0: &a0 [x]\n"
        for level in 1...500 { text += "a\(level): &a\(level) [*a\(level - 1)]\n" }
        let error = try #require(Self.firstError(text))
        #expect(error.code == .nestingTooDeep)
        #expect(error.message.contains("aliases"))
    }

    @Test func theDepthLimitCannotBeRaisedPastTheCeiling() throws {
        #expect(YAMLLimits(maxDepth: 1_000_000).maxDepth == YAMLLimits.largestMaxDepth)
        var limits = YAMLLimits()
        limits.maxDepth = 1_000_000
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = try #require(Self.firstError(text, limits: limits))
        #expect(error.code == .nestingTooDeep)
        #expect(error.range.start.column == YAMLLimits.largestMaxDepth + 1)
    }

    @Test func theDeepestDocumentAllowedIsWalkedAndWritten() throws {
        let depth = YAMLLimits.largestMaxDepth
        let limits = YAMLLimits(maxDepth: depth)
        let text = String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth)
        let stream = YAMLStream.parse(text, limits: limits)
        #expect(!stream.hasErrors)
        let document = try #require(stream.documents.first)
        let value = document.value(of: try #require(document.root))
        let json = value.json.serialized(pretty: false)
        #expect(json == String(repeating: "[", count: depth) + "\"x\"" + String(repeating: "]", count: depth))
        let yaml = try YAMLEmitter.emit(value)
        let reread = YAMLStream.parse(yaml, limits: limits)
        #expect(!reread.hasErrors)
        let rereadDocument = try #require(reread.documents.first)
        #expect(rereadDocument.value(of: try #require(rereadDocument.root)).json.serialized(pretty: false) == json)
    }

    @Test func sizeLimit() throws {
        let limits = YAMLLimits(maxInputBytes: 100)
        #expect(Self.firstError(String(repeating: "a", count: 100), limits: limits) == nil)
        let error = try #require(Self.firstError(String(repeating: "a", count: 101), limits: limits))
        #expect(error.code == .inputTooLarge)
        #expect(error.message == "input is 101 bytes; the limit is 100")
        #expect(error.range.start.description == "1:1")
        #expect(YAMLLimits().maxInputBytes == 64 << 20)
        #expect(YAMLLimits(maxInputBytes: .max).maxInputBytes == 1 << 30)
    }

    @Test(
        arguments: [
            ([0x61, 0x3A, 0x20, 0xFF], "1:4", "invalid UTF-8 (byte 0xFF)"),
            ([0x61, 0x0A, 0xC0, 0xAF], "2:1", "invalid UTF-8 (byte 0xC0)"),
            ([0xED, 0xA0, 0x80], "1:1", "invalid UTF-8 (byte 0xED)"),
            ([0xF4, 0x90, 0x80, 0x80], "1:1", "invalid UTF-8 (byte 0xF4)"),
            ([0x61, 0xE2, 0x82], "1:2", "invalid UTF-8 (byte 0xE2)"),
            ([0xC3, 0xA9, 0x80], "1:2", "invalid UTF-8 (byte 0x80)"),
        ] as [([UInt8], String, String)])
    func invalidUTF8(_ bytes: [UInt8], _ position: String, _ message: String) throws {
        let error = try #require(Self.firstError(bytes))
        #expect(error.code == .invalidEncoding)
        #expect(error.range.start.description == position)
        #expect(error.message.hasPrefix(message))
    }

    @Test(
        arguments: [
            ([0xFF, 0xFE, 0x61, 0x00], "UTF-16 (little-endian)"),
            ([0xFE, 0xFF, 0x00, 0x61], "UTF-16 (big-endian)"),
            ([0x61, 0x00, 0x3A, 0x00], "UTF-16 (little-endian)"),
            ([0x00, 0x61, 0x00, 0x3A], "UTF-16 (big-endian)"),
            ([0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00], "UTF-32 (little-endian)"),
            ([0x00, 0x00, 0xFE, 0xFF], "UTF-32 (big-endian)"),
            ([0x61, 0x00, 0x00, 0x00], "UTF-32 (little-endian)"),
            ([0x00, 0x00, 0x00, 0x61], "UTF-32 (big-endian)"),
        ] as [([UInt8], String)])
    func utf16AndUTF32(_ bytes: [UInt8], _ encoding: String) throws {
        let error = try #require(Self.firstError(bytes))
        #expect(error.code == .invalidEncoding)
        #expect(error.message == "input is \(encoding); cloud-init reads user-data as UTF-8")
        #expect(error.range.start.description == "1:1")
    }

    @Test(arguments: [
        ("a: b\u{0}", "1:5", "a NUL byte is not allowed in YAML"),
        ("é: \u{0}", "1:4", "a NUL byte is not allowed in YAML"),
        ("a: 1\nb: \u{7}", "2:4", "control character U+0007 is not allowed in YAML"),
        ("a: \u{7F}", "1:4", "control character U+007F is not allowed in YAML"),
        ("a: \u{80}", "1:4", "character U+0080 is not allowed in YAML"),
        ("a: \u{FFFE}", "1:4", "character U+FFFE is not allowed in YAML"),
        ("a: \u{1B}[0m", "1:4", "control character U+001B is not allowed in YAML"),
    ])
    func forbiddenCharacters(_ text: String, _ position: String, _ message: String) throws {
        let error = try #require(Self.firstError(text))
        #expect(error.code == .invalidCharacter)
        #expect(error.range.start.description == position)
        #expect(error.message == message)
    }

    @Test func allowedCharacters() {
        #expect(Self.firstError("a: \"\u{85}\u{A0}\u{D7FF}\u{E000}\u{FFFD}\u{10000}\u{10FFFF}\"\n") == nil)
        #expect(Self.firstError("a: \"x\ty\"\r\n") == nil)
    }

    @Test func longScalarsAndLines() {
        let long = String(repeating: "x", count: 1 << 20)
        #expect(YAMLTest.json("a: " + long) == "{\"a\":\"" + long + "\"}")
        let key = String(repeating: "k", count: 1025)
        // libyaml and PyYAML both refuse a simple key longer than 1024 characters.
        #expect(Self.firstError(key + ": 1")?.code == .syntax)
    }
}
