import Foundation
import Testing

@testable import CloudConfig

@Suite struct YAMLResolverTests {
    /// Loads `k: <text>` and returns the JSON of the value, as `cloudcfg show` prints it.
    static func load(_ text: String) -> String? {
        let stream = YAMLStream.parse("k: " + text)
        guard !stream.hasErrors, let document = stream.documents.first, let root = document.root,
            let value = document.value(forKey: "k", in: root)
        else { return nil }
        return document.value(of: value).json.serialized(pretty: false)
    }

    @Test(arguments: [
        ("yes", "true"), ("Yes", "true"), ("ON", "true"), ("off", "false"), ("NO", "false"),
        ("y", "\"y\""), ("n", "\"n\""), ("tRUE", "\"tRUE\""),
        ("~", "null"), ("null", "null"), ("NULL", "null"), ("", "null"), ("nul", "\"nul\""),
        ("644", "644"), ("+12", "12"), ("-0", "0"), ("1_000", "1000"),
        ("0644", "420"), ("-0644", "-420"), ("0_644", "420"), ("007", "7"), ("00", "0"),
        ("08", "\"08\""), ("09", "\"09\""), ("0o644", "\"0o644\""),
        ("0x1F", "31"), ("-0x1F", "-31"), ("0x_1f", "31"), ("0b101", "5"), ("0b_101", "5"),
        ("12:30", "750"), ("22:22", "1342"), ("190:20:30", "685230"), ("-1:30", "-90"),
        ("0:30", "\"0:30\""), ("1:60", "\"1:60\""),
        ("1.5", "1.5"), ("1.", "1.0"), (".5", "0.5"), ("1_000.5", "1000.5"),
        ("1.0e+3", "1000.0"), ("1.0e-3", "0.001"), ("1e3", "\"1e3\""), ("1.0e3", "\"1.0e3\""),
        ("-.5", "\"-.5\""), (".inf", "\"Infinity\""), ("-.inf", "\"-Infinity\""), (".NaN", "\"NaN\""),
        ("1:30.5", "90.5"), ("2020-01-01", "\"2020-01-01\""), ("2020-1-1", "\"2020-1-1\""),
        ("2001-12-15T02:59:43.1Z", "\"2001-12-15T02:59:43.100000+00:00\""),
        ("2001-12-14 21:59:43.10 -5", "\"2001-12-14T21:59:43.100000-05:00\""),
        ("!!str 0644", "\"0644\""), ("'0644'", "\"0644\""), ("!!int '0644'", "420"),
        ("! '123'", "123"), ("!!binary aGVsbG8=", "\"aGVsbG8=\""),
    ])
    func typesLikePyYAML(_ input: String, _ expected: String) {
        #expect(Self.load(input) == expected, "k: \(input)")
    }

    @Test(arguments: ["0b_", "0x_", "!!int abc", "!!bool maybe", "=", "<<", "!!timestamp 2020-02-30", "!foo bar"])
    func refusesWhatPyYAMLRefuses(_ input: String) {
        let stream = YAMLStream.parse("k: " + input)
        #expect(stream.hasErrors, "k: \(input)")
    }

    // MARK: - The committed PyYAML table

    /// One row of `Fixtures/resolver/pyyaml.json`: how PyYAML 6.0 loads `k: <yaml>`.
    struct Row: Decodable, Sendable, CustomTestStringConvertible {
        var yaml: String
        var type: String?
        var python: String?
        var json: String?
        var error: String?

        var testDescription: String { "k: \(yaml)" }
    }

    static func table() throws -> [Row] {
        try JSONDecoder().decode([Row].self, from: Fixtures.data("resolver/pyyaml.json"))
    }

    static var rows: [Row] { (try? table()) ?? [] }

    /// The Python type name of a loaded value.
    static func pythonType(_ value: YAMLValue) -> String {
        switch value {
        case .scalar(let scalar): scalar.pythonTypeName
        case .sequence, .pairs: "list"
        case .mapping: "dict"
        case .set: "set"
        }
    }

    @Test func tableIsPresent() throws {
        let rows = try Self.table()
        #expect(rows.count > 150)
        #expect(rows.contains { $0.error != nil })
        #expect(Set(rows.compactMap(\.type)).isSuperset(of: ["bool", "int", "float", "str", "NoneType", "bytes"]))
    }

    @Test(arguments: rows)
    func matchesCommittedPyYAMLTable(_ row: Row) throws {
        let stream = YAMLStream.parse("k: " + row.yaml)
        if let error = row.error {
            #expect(stream.hasErrors, "PyYAML raises \(error)")
            return
        }
        #expect(!stream.hasErrors, "\(stream.errors.map(\.message))")
        let document = try #require(stream.documents.first)
        let root = try #require(document.root)
        let node = try #require(document.value(forKey: "k", in: root))
        let value = document.value(of: node)
        #expect(Self.pythonType(value) == row.type, "PyYAML gives \(row.python ?? "")")
        let ours = try JSONTree.parse(value.json.serialized(pretty: false))
        let theirs = try JSONTree.parse(try #require(row.json))
        #expect(JSONTree.differences(ours, theirs) == [], "PyYAML gives \(row.python ?? "")")
    }

    // MARK: - Matchers

    @Test(arguments: [
        ("123\n", YAMLTag.int), ("1.5\n", .float), ("yes\n", .bool), ("~\n", .null), ("<<\n", .merge),
        ("=\n", .value), ("2020-01-01\n", .timestamp), ("\n", .str), ("123\n\n", .str), ("123\r\n", .str),
        ("", .null), ("123 ", .str), (" 123", .str),
    ])
    func pythonDollarMatchesBeforeOneFinalLineBreak(_ text: String, _ tag: YAMLTag) {
        #expect(YAMLResolver.implicitTag(text) == tag, "\(text.debugDescription)")
    }

    @Test func nonPlainScalarsTaggedBangResolveImplicitly() {
        #expect(Self.load("! |\n  123\n") == "123")
        #expect(Self.load("! \"1:30\\n\"") == "90")
        #expect(Self.load("! \"1.5\\n\"") == "1.5")
        #expect(Self.load("! \"null\\n\"") == "null")
        #expect(Self.load("! \"2020-01-01\\n\"") == "\"2020-01-01\"")
        // `bool_values["yes\n"]` raises KeyError in PyYAML.
        #expect(Self.load("! \"yes\\n\"") == nil)
        #expect(Self.load("\"123\\n\"") == "\"123\\n\"")
    }

    @Test func decimalIntegersStopAtPythonsDigitLimit() {
        let limit = YAMLScalarConstructor.pythonMaxDecimalDigits
        #expect(limit == 4300)
        #expect(Self.load(String(repeating: "7", count: limit)) == String(repeating: "7", count: limit))
        #expect(Self.load(String(repeating: "7", count: limit + 1)) == nil)
        #expect(Self.load("1" + String(repeating: "_1", count: limit)) == nil)
        #expect(Self.load(String(repeating: "7", count: limit + 1) + ":30") == nil)
        // Power-of-two bases are exempt in Python.
        #expect(Self.load("0x" + String(repeating: "f", count: limit + 1)) != nil)
        #expect(Self.load("0" + String(repeating: "7", count: limit + 1)) != nil)
        let stream = YAMLStream.parse("k: " + String(repeating: "9", count: limit + 1))
        #expect(stream.errors.first?.code == .invalidValue)
        #expect(stream.errors.first?.message.contains("4301 decimal digits") == true)
    }

    @Test(arguments: [
        ("0x10", 16), ("+0b11", 3), ("-0b-1", 1), ("--5", 5), ("+-5", -5), ("0o17", 15), ("0b0b1", 1),
        (" 12 ", 12), ("1:-30", 30), ("0 ", 0), ("12\n", 12),
    ])
    func explicitIntTagUsesPythonInt(_ text: String, _ expected: Int) throws {
        let value = try YAMLScalarConstructor.construct(.int, text).get()
        #expect(value == .int(YAMLInteger(expected)), "!!int \(text.debugDescription)")
    }

    @Test(arguments: ["", "-", "0x", "0b2", "1::30", ":30", "1 2", "0o8", "0x1g"])
    func explicitIntTagRefusesWhatPythonIntRefuses(_ text: String) {
        #expect(throws: YAMLScalarConstructor.ConstructionFailure.self) {
            try YAMLScalarConstructor.construct(.int, text).get()
        }
    }

    @Test(arguments: [
        ("1", 1.0), ("1e3", 1000.0), ("1:1e5", 100_060.0), (" 2.5 ", 2.5), ("1:30", 90.0), ("-1:30", -90.0),
        ("infinity", Double.infinity), ("-inf", -Double.infinity), (".INF", Double.infinity), ("1_0.5", 10.5),
    ])
    func explicitFloatTagUsesPythonFloat(_ text: String, _ expected: Double) throws {
        let value = try YAMLScalarConstructor.construct(.float, text).get()
        #expect(value == .float(expected), "!!float \(text.debugDescription)")
    }

    @Test(arguments: ["", "_", ".", "e3", "1e", "0x10", ".inf\n", "1.5.5", "1:"])
    func explicitFloatTagRefusesWhatPythonFloatRefuses(_ text: String) {
        #expect(throws: YAMLScalarConstructor.ConstructionFailure.self) {
            try YAMLScalarConstructor.construct(.float, text).get()
        }
    }

    @Test func nanFromTheLiteralAndFromFloatAreBothNaN() throws {
        for text in [".nan", "-.nan", ".NaN", "nan", "1:nan"] {
            guard case .float(let value) = try YAMLScalarConstructor.construct(.float, text).get() else {
                Issue.record("!!float \(text) is not a float")
                continue
            }
            #expect(value.isNaN, "!!float \(text)")
        }
    }
}
