import Testing

@testable import CloudConfig

/// `SchemaValidator` on small schemas written for each keyword, so that a change in how it reads
/// a keyword shows here rather than only as a different finding on a catalog key.
@Suite struct SchemaValidatorTests {
    /// The findings for a document's root, as `path kind` (`a.0 typeMismatch`), in order.
    static func findings(
        _ yaml: String, _ schema: Schema, target: CloudInitVersion = .newest
    ) throws -> [String] {
        let stream = YAMLStream.parse(yaml)
        #expect(stream.errors.isEmpty, "\(stream.errors)")
        let document = try #require(stream.documents.first)
        let root = try #require(document.root)
        return SchemaValidator(target: target).validate(root, in: document, against: schema).map {
            "\($0.path.description.isEmpty ? "." : $0.path.description) \(name($0.kind))"
        }
    }

    /// A finding kind's name, with the detail tests look at.
    static func name(_ kind: SchemaFinding.Kind) -> String {
        switch kind {
        case .typeMismatch(let expected): "typeMismatch(\(expected.map(\.rawValue).joined(separator: ",")))"
        case .unknownKey(let key, _): "unknownKey(\(key))"
        case .ignoredKey(let key, _): "ignoredKey(\(key))"
        case .notAllowed: "notAllowed"
        case .missingKey(let key): "missingKey(\(key))"
        case .patternMismatch: "patternMismatch"
        case .formatMismatch(let format): "formatMismatch(\(format.rawValue))"
        case .belowMinimum: "belowMinimum"
        case .aboveMaximum: "aboveMaximum"
        case .tooFewItems: "tooFewItems"
        case .tooManyItems: "tooManyItems"
        case .duplicateItem(let first): "duplicateItem(\(first))"
        case .tooFewKeys: "tooFewKeys"
        case .ambiguousAlternatives(let count): "ambiguousAlternatives(\(count))"
        case .forbidden: "forbidden"
        case .deprecatedKey: "deprecatedKey"
        case .deprecatedValue: "deprecatedValue"
        case .unavailable: "unavailable"
        case .removed: "removed"
        }
    }

    static let settings = Schema.object([
        "name": Schema.string.required,
        "size": Schema.integer.minimum(1).maximum(10),
        "mode": Schema.string(oneOf: "on", "off"),
    ])

    // MARK: Types

    @Test func typesFollowYAML11AndJSONSchema() throws {
        let schema = Schema.object(
            ["n": .number, "i": .integer, "b": .boolean, "s": .string, "z": .null], additional: .allowed)
        #expect(try Self.findings("n: 1\ni: 2\nb: yes\ns: 'x'\nz: ~\n", schema) == [])
        // An integer is a number; a float is not an integer; 0644 is an integer; a date is no JSON type.
        #expect(try Self.findings("i: 1.5\n", schema) == ["i typeMismatch(integer)"])
        #expect(try Self.findings("s: 0644\n", schema) == ["s typeMismatch(string)"])
        #expect(try Self.findings("s: 2030-01-01\n", schema) == ["s typeMismatch(string)"])
        #expect(try Self.findings("b: 'true'\n", schema) == ["b typeMismatch(boolean)"])
        // A type mismatch stops the checks of the value's other keywords.
        #expect(try Self.findings("size: '99'\nname: x\n", Self.settings) == ["size typeMismatch(integer)"])
    }

    @Test func enumsCompareAsPythonDoes() throws {
        #expect(try Self.findings("name: a\nmode: on\n", Self.settings) == ["mode typeMismatch(string)"])
        #expect(try Self.findings("name: a\nmode: 'on'\n", Self.settings) == [])
        #expect(try Self.findings("name: a\nmode: auto\n", Self.settings) == ["mode notAllowed"])
        // jsonschema never takes a boolean for a number, although Python's 1 == True.
        let flags = Schema.oneOfValues(.bool(true))
        #expect(try Self.findings("yes", flags) == [])
        #expect(try Self.findings("1", flags) == [". notAllowed"])
    }

    // MARK: Bounds

    @Test func numericAndSizeBounds() throws {
        #expect(try Self.findings("name: a\nsize: 0\n", Self.settings) == ["size belowMinimum"])
        #expect(try Self.findings("name: a\nsize: 11\n", Self.settings) == ["size aboveMaximum"])
        #expect(try Self.findings("name: a\nsize: 10\n", Self.settings) == [])
        let list = Schema.array(.string).minItems(1).maxItems(2)
        #expect(try Self.findings("[]", list) == [". tooFewItems"])
        #expect(try Self.findings("[a, b, c]", list) == [". tooManyItems"])
        #expect(try Self.findings("{}", Schema.types(.object).minProperties(1)) == [". tooFewKeys"])
    }

    @Test func uniqueItemsCompareValuesAsPythonDoes() throws {
        let list = Schema.array(.any).uniqueItems
        #expect(try Self.findings("[a, b, a]", list) == ["2 duplicateItem(0)"])
        // 1 and 1.0 are equal; '1' and true are not 1.
        #expect(try Self.findings("[1, 1.0]", list) == ["1 duplicateItem(0)"])
        #expect(try Self.findings("[1, '1', true]", list) == [])
        #expect(try Self.findings("[{a: 1}, {a: 1}]", list) == ["1 duplicateItem(0)"])
    }

    /// Duplicates are found through buckets of equal-looking values; the answer must be the one
    /// comparing every item with every earlier one gives, whatever the mix of types.
    @Test func uniqueItemsFindTheFirstEqualItemAsPairwiseComparisonDoes() throws {
        let yaml =
            "[1, 1.0, true, 1, '1', 'a', a, yes, null, ~, 2.5, [1, 2], [1, 2.0], [1], {a: 1}, {a: 1.0}, "
            + "{b: 1}, 0, false, -0.0, 0.0, !!binary aGk=, !!binary aGk=, 2020-01-01, 2020-01-01, .nan, .nan, "
            + "&x [z], *x, 'é', \"e\\u0301\", 'é', 1e400, .inf, 123456789012345678901234567890, "
            + "123456789012345678901234567891]"
        let stream = YAMLStream.parse(yaml)
        #expect(stream.errors.isEmpty, "\(stream.errors)")
        let document = try #require(stream.documents.first)
        let items = Array(document.items(of: document.resolved(try #require(document.root))))
        var pairwise: [String] = []
        for (index, item) in items.enumerated() {
            if let first = items[..<index].firstIndex(where: { PythonEquality.equals($0, item, in: document) }) {
                pairwise.append("\(index) \(first)")
            }
        }
        let hashed = PythonEquality.duplicates(items, in: document).map { "\($0.index) \($0.first)" }
        #expect(hashed == pairwise)
        #expect(pairwise.count > 10)
    }

    @Test func tuplesCheckItemsByPosition() throws {
        let pair = Schema.tuple(.string, .integer)
        #expect(try Self.findings("[a, 1]", pair) == [])
        #expect(try Self.findings("[a, b]", pair) == ["1 typeMismatch(integer)"])
        #expect(try Self.findings("[a, 1, 2]", pair) == ["2 tooManyItems"])
        #expect(try Self.findings("[a, 1, 2]", Schema.tuple(.string, .integer, additionalItems: true)) == [])
    }

    // MARK: Strings

    @Test func patternsAreSearchedNotAnchored() throws {
        #expect(try Self.findings("x-2G-y", Schema.string.pattern("[0-9]+[GM]")) == [])
        #expect(try Self.findings("2GiB", Schema.string.pattern("^[0-9]+[GM]$")) == [". patternMismatch"])
        // Patterns apply to strings only.
        #expect(try Self.findings("12", Schema.types(.string, .integer).pattern("^a")) == [])
    }

    @Test func formatsAreChecked() throws {
        #expect(try Self.findings("http://example.com/x", Schema.string.format(.uri)) == [])
        #expect(try Self.findings("'not a uri'", Schema.string.format(.uri)) == [". formatMismatch(uri)"])
        #expect(try Self.findings("'2030-02-30'", Schema.string.format(.date)) == [". formatMismatch(date)"])
        // cloud-init checks no host name (FormatCheckerTests).
        #expect(try Self.findings("ntp_1.example.com", Schema.string.format(.hostname)) == [])
    }

    // MARK: Objects

    @Test func requiredAndAdditionalProperties() throws {
        #expect(try Self.findings("size: 1\n", Self.settings) == [". missingKey(name)"])
        #expect(try Self.findings("name: a\nextra: 1\n", Self.settings) == ["extra unknownKey(extra)"])
        let open = Schema.object(["name": .string], additional: .allowed)
        #expect(try Self.findings("name: a\nextra: 1\n", open) == [])
        let typed = Schema.object(["name": .string], additional: .schema(.integer))
        #expect(try Self.findings("name: a\nextra: x\n", typed) == ["extra typeMismatch(integer)"])
        // Keys a release's validator lets pass (22.4.2's top level) are found, but as ignored.
        let lenient = Schema.object(["name": .string], additional: .ignored)
        #expect(try Self.findings("name: a\nextra: 1\n", lenient) == ["extra ignoredKey(extra)"])
        // A key that is not a string is not a declared property, whatever its text.
        #expect(try Self.findings("name: a\n1: x\n", Self.settings) == ["1 unknownKey(1)"])
    }

    @Test func patternPropertiesMatchKeysBySearch() throws {
        let keys = Schema.types(.object)
            .patternProperty("^(rsa|ed25519)_private$", .string)
            .additional(.forbidden)
        #expect(try Self.findings("rsa_private: k\n", keys) == [])
        #expect(try Self.findings("rsa_private: 1\n", keys) == ["rsa_private typeMismatch(string)"])
        #expect(try Self.findings("dsa_private: k\n", keys) == ["dsa_private unknownKey(dsa_private)"])
    }

    /// cloud-init's schema puts keywords next to a `$ref` (`type` and `items` beside a reference
    /// to a mapping form); its validator applies both, and the catalog writes them as one node.
    @Test func keywordsBesideAReferenceAllApply() throws {
        let groups = Schema.types(.string, .object, .array)
            .patternProperty("^.+$", Schema.types(.string, .array))
            .additional(.forbidden)
            .items(Schema.types(.string, .object))
            .minItems(1)
        #expect(try Self.findings("admins, ops", groups) == [])
        #expect(try Self.findings("{ops: [alice]}", groups) == [])
        #expect(try Self.findings("{ops: 1}", groups) == ["ops typeMismatch(string,array)"])
        #expect(try Self.findings("[ops, 1]", groups) == ["1 typeMismatch(string,object)"])
        #expect(try Self.findings("[]", groups) == [". tooFewItems"])
    }

    // MARK: Alternatives

    @Test func oneOfNeedsExactlyOneMatch() throws {
        let user = Schema.object(["name": .string, "snapuser": .string])
            .oneOf(Schema.any.requiring("name"), Schema.any.requiring("snapuser"))
        #expect(try Self.findings("name: a\n", user) == [])
        #expect(try Self.findings("name: a\nsnapuser: b\n", user) == [". ambiguousAlternatives(2)"])
        // No alternative matches: the findings of the closest one.
        #expect(try Self.findings("{}", user) == [". missingKey(name)"])
    }

    @Test func anyOfNeedsOneMatchAndExplainsTheMeantAlternative() throws {
        let size = Schema.anyOf(Schema.integer.minimum(0), Schema.string.pattern("^[0-9]+[GM]$"))
        #expect(try Self.findings("5", size) == [])
        #expect(try Self.findings("2G", size) == [])
        // The only alternative of the value's type is the one reported.
        #expect(try Self.findings("-1", size) == [". belowMinimum"])
        #expect(try Self.findings("2GiB", size) == [". patternMismatch"])
        // No alternative has the type: one type mismatch naming every type.
        #expect(try Self.findings("true", size) == [". typeMismatch(integer,string)"])
    }

    @Test func notForbidsAForm() throws {
        let schema = Schema.object(["a": .any, "b": .any], additional: .allowed).not(Schema.any.requiring("a", "b"))
        #expect(try Self.findings("a: 1\n", schema) == [])
        #expect(try Self.findings("a: 1\nb: 2\n", schema) == [". forbidden"])
    }

    // MARK: Deprecations and releases

    @Test func deprecationsAreReportedWithTheKey() throws {
        let schema = Schema.object([
            "old": Schema.boolean.deprecated("22.2", "use new", renamedTo: "new"), "new": .boolean,
        ])
        #expect(try Self.findings("old: true\n", schema) == ["old deprecatedKey"])
        let changed = Schema.oneOf(Schema.boolean.changed("22.2", "use null"), Schema.null)
        #expect(try Self.findings("false", changed) == [". deprecatedValue"])
        #expect(try Self.findings("~", changed) == [])
    }

    @Test func aDeprecatedAlternativeThatDoesNotMatchIsNotReported() throws {
        let schema = Schema.oneOf(Schema.string.deprecated("22.2", "use a list"), Schema.array(.string))
        #expect(try Self.findings("[a]", schema) == [])
        #expect(try Self.findings("a", schema) == [". deprecatedKey"])
    }

    @Test func releasesBoundKeys() throws {
        let schema = Schema.object(["new": Schema.boolean.since("24.1"), "gone": Schema.boolean.removed("23.1")])
        #expect(try Self.findings("new: true\n", schema, target: .debian12) == ["new unavailable"])
        #expect(try Self.findings("new: true\n", schema) == [])
        #expect(try Self.findings("gone: true\n", schema) == ["gone removed"])
        #expect(try Self.findings("gone: true\n", schema, target: .debian12) == [])
    }
}
