import Testing

@testable import CloudConfig

/// The Show JSON contract: the value cloud-init's `safe_load` produces, as Python's `json.dumps`
/// writes it, with dates in `isoformat()`, bytes in base64 and NaN and infinities as strings.
@Suite struct YAMLValueJSONTests {
    @Test(arguments: [
        ("true: a", "{\"true\":\"a\"}"), ("no: a", "{\"false\":\"a\"}"), ("~: a", "{\"null\":\"a\"}"),
        ("1: a", "{\"1\":\"a\"}"), ("0x10: a", "{\"16\":\"a\"}"), ("1.5: a", "{\"1.5\":\"a\"}"),
        ("1.0e+20: a", "{\"1e+20\":\"a\"}"), (".inf: a", "{\"Infinity\":\"a\"}"), ("-.inf: a", "{\"-Infinity\":\"a\"}"),
        (".nan: a", "{\"NaN\":\"a\"}"), ("2020-01-01: a", "{\"2020-01-01\":\"a\"}"),
        ("2001-12-14 21:59:43.10 -5: a", "{\"2001-12-14T21:59:43.100000-05:00\":\"a\"}"),
        ("!!binary aGk=: a", "{\"aGk=\":\"a\"}"), ("'1': a", "{\"1\":\"a\"}"),
    ])
    func keysAsJSONDumpsWritesThem(_ text: String, _ json: String) {
        #expect(YAMLTest.json(text) == json)
    }

    @Test(arguments: [
        ("1.0", "1.0"), ("1.", "1.0"), ("1.0e+16", "1e+16"), ("1.0e-5", "1e-05"), ("0.0001", "0.0001"),
        ("100000000000000000.0", "1e+17"), ("1000000000000000.0", "1000000000000000.0"), ("-0.0", "-0.0"),
        ("0.1", "0.1"), ("1:30.0", "90.0"), ("6.8523015e+5", "685230.15"), ("1.0e+400", "\"Infinity\""),
        (".inf", "\"Infinity\""), ("-.inf", "\"-Infinity\""), (".nan", "\"NaN\""), ("!!float 7", "7.0"),
    ])
    func floatsAreWrittenWithAFractionOrAnExponent(_ yaml: String, _ json: String) {
        #expect(YAMLTest.json("k: " + yaml) == "{\"k\":\(json)}", "k: \(yaml)")
    }

    @Test func datesBytesSetsAndPairs() {
        #expect(YAMLTest.json("k: 2020-01-01") == "{\"k\":\"2020-01-01\"}")
        #expect(YAMLTest.json("k: 2001-12-14t21:59:43Z") == "{\"k\":\"2001-12-14T21:59:43+00:00\"}")
        #expect(YAMLTest.json("k: 2001-12-14 21:59:43.000001") == "{\"k\":\"2001-12-14T21:59:43.000001\"}")
        #expect(YAMLTest.json("k: 2001-12-14 21:59:43 +05:99") == "{\"k\":\"2001-12-14T21:59:43+06:39\"}")
        #expect(YAMLTest.json("k: 2001-12-14 21:59:43 -0") == "{\"k\":\"2001-12-14T21:59:43+00:00\"}")
        #expect(YAMLTest.json("k: !!binary aGVsbG8gd29ybGQ=") == "{\"k\":\"aGVsbG8gd29ybGQ=\"}")
        #expect(YAMLTest.json("k: !!binary |\n  aGVs\n  bG8=\n") == "{\"k\":\"aGVsbG8=\"}")
        #expect(YAMLTest.json("k: !!set {b, a}") == "{\"k\":[\"b\",\"a\"]}")
        #expect(YAMLTest.json("k: !!omap [b: 1, a: 2]") == "{\"k\":[[\"b\",1],[\"a\",2]]}")
        #expect(YAMLTest.json("k: !!pairs [a: 1, a: 2]") == "{\"k\":[[\"a\",1],[\"a\",2]]}")
        let big = "123456789012345678901234567890"
        #expect(YAMLTest.json("k: " + big) == "{\"k\":\(big)}")
        #expect(YAMLTest.json("k: -0x10000000000000000") == "{\"k\":-18446744073709551616}")
    }

    @Test func stringEscapes() {
        let value = YAMLValue.scalar(.string("q\"b\\s/t\tn\nr\r\u{1}\u{7F}\u{2028}é😀"))
        #expect(value.json.serialized() == "\"q\\\"b\\\\s/t\\tn\\nr\\r\\u0001\\u007f\\u2028é😀\"")
    }

    @Test func prettyOutputMatchesJSONDumpsWithIndent2() {
        let text = "a: 1\nb: [x, {c: null}]\nd: {}\ne: []\n"
        let value = YAMLTest.value(text)
        #expect(
            value?.json.serialized() == """
                {
                  "a": 1,
                  "b": [
                    "x",
                    {
                      "c": null
                    }
                  ],
                  "d": {},
                  "e": []
                }
                """)
    }

    @Test func sortedKeys() {
        let value = YAMLTest.value("b: 1\na: 2\nB: 3\né: 4\n")
        #expect(value?.json.serialized(pretty: false, sortKeys: true) == "{\"B\":3,\"a\":2,\"b\":1,\"é\":4}")
        #expect(value?.json.serialized(pretty: false) == "{\"b\":1,\"a\":2,\"B\":3,\"é\":4}")
    }

    @Test(arguments: [
        (1e16, "1e+16"), (1e15, "1000000000000000.0"), (1e-5, "1e-05"), (0.0001, "0.0001"), (0.1, "0.1"),
        (123456789012345680, "1.2345678901234568e+17"), (Double.leastNonzeroMagnitude, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (100, "100.0"), (1234567890123456.7, "1234567890123456.8"), (-2.5, "-2.5"), (0, "0.0"), (1e22, "1e+22"),
        (0.30000000000000004, "0.30000000000000004"), (2.5e-5, "2.5e-05"),
    ])
    func pythonFloatRepr(_ value: Double, _ repr: String) {
        #expect(PythonFormat.floatRepr(value) == repr)
    }
}
