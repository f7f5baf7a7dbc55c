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
}
