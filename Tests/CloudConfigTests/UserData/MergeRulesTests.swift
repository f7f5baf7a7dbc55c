import Testing

@testable import CloudConfig

/// `MergeRules`: the string and YAML forms as cloud-init reads them, and a few merges spelled
/// out (the oracle tests compare hundreds more with cloud-init).
@Suite struct MergeRulesTests {
    static func parse(_ text: String) throws -> String { try MergeRules.parse(text).get().description }

    @Test func readsTheStringSyntaxAsCloudInitNormalisesIt() throws {
        #expect(try Self.parse("dict(replace)+list()+str()") == "dict(replace)+list()+str()")
        #expect(
            try Self.parse(" DICT( No-Replace , Recurse-List )+List(Append)")
                == "dict(no_replace,recurse_list)+list(append)")
        #expect(try Self.parse("list(append)++") == "list(append)")
        #expect(try Self.parse("") == "")
        #expect(try Self.parse("dict(a)(b)") == "dict(a)(b)")
    }

    @Test(arguments: ["dict(replace", "dict", "(replace)", "1dict()", "dict(a,\nb)", "dict()x"])
    func refusesWhatCloudInitRefuses(text: String) {
        #expect(throws: MergeRules.Error.self) { try MergeRules.parse(text).get() }
    }

    @Test func unknownMergersFailValidation() throws {
        #expect(throws: MergeRules.Error.self) { try MergeRules.parse("dictionary()").get().validated().get() }
        #expect(try MergeRules.parse("m_dict()").get().validated().get().mergers.count == 1)
    }

    static func value(_ yaml: String) throws -> YAMLValue {
        let document = try #require(YAMLStream.parse(yaml).documents.first)
        return document.value(of: try #require(document.root))
    }

    @Test func readsTheYAMLForms() throws {
        let listForm = try MergeRules.parse(try Self.value("[[list, append], [dict, recurse_list]]")).get()
        #expect(listForm.description == "list(append)+dict(recurse_list)")
        let mappingForm = try MergeRules.parse(try Self.value("[{name: dict, settings: no_replace}]")).get()
        #expect(mappingForm.mergers.first?.options == .text("no_replace"))
        // A settings string is searched as text: `no_replace` contains `replace`.
        #expect(mappingForm.mergers.first?.options.contains("replace") == true)
        #expect(throws: MergeRules.Error.self) { try MergeRules.parse(try Self.value("[{name: dict}]")).get() }
        #expect(throws: MergeRules.Error.self) { try MergeRules.parse(try Self.value("5")).get() }
    }

    static func merge(_ base: String, _ new: String, _ how: String) throws -> String {
        let merged = try CloudConfigMerge.merge(
            try Self.value(base), try Self.value(new), rules: try MergeRules.parse(how).get()
        ).get()
        return merged.json.serialized(pretty: false)
    }

    @Test func mergesAsTheMergingDocumentationSays() throws {
        // The user-data default: later parts replace each top-level key.
        #expect(
            try Self.merge("{a: [1], b: {c: 1}}", "{a: [2], b: {d: 2}}", "dict(replace)+list()+str()")
                == #"{"a":[2],"b":{"d":2}}"#)
        // The idiom for adding list items.
        #expect(
            try Self.merge(
                "{a: [1], b: {c: [1]}}", "{a: [2], b: {c: [2]}}", "list(append)+dict(no_replace,recurse_list)+str()")
                == #"{"a":[1,2],"b":{"c":[1,2]}}"#)
        // `list()` replaces index by index and keeps the longer tail.
        #expect(try Self.merge("{a: [1, 2, 3]}", "{a: [9]}", "dict(recurse_list)+list()") == #"{"a":[9,2,3]}"#)
        // Without a list merger, a list is kept as it was.
        #expect(try Self.merge("{a: [1]}", "{a: [2]}", "dict(recurse_list)") == #"{"a":[1]}"#)
        // `allow_delete`: a null value removes the key.
        #expect(try Self.merge("{a: 1, b: 2}", "{a: null}", "dict(allow_delete)") == #"{"b":2}"#)
        // `str(append)` concatenates; a mapping merged into a string (mappings always recurse)
        // cannot be.
        #expect(try Self.merge("{s: ab}", "{s: cd}", "dict(recurse_str)+str(append)") == #"{"s":"abcd"}"#)
        #expect(throws: MergeRules.Error.self) {
            try CloudConfigMerge.merge(
                try Self.value("{s: ab}"), try Self.value("{s: {x: 1}}"),
                rules: try MergeRules.parse("dict(no_replace)+str(append)").get()
            ).get()
        }
    }

    @Test func composeReportsPartsItCannotFollow() throws {
        let text = """
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary=B

            --B
            Content-Type: text/cloud-config

            #cloud-config
            a: 1
            --B
            Content-Type: text/cloud-config-jsonp

            #cloud-config-jsonp
            [{"op": "add", "path": "/b", "value": 2}]
            --B
            Content-Type: text/jinja2

            ## template: jinja
            #cloud-config
            c: {{ v1.x }}
            --B--

            """
        let envelope = UserDataEnvelope.open(SourceFile(path: "m", text: text))
        let merge = CloudConfigMerge.compose(envelope.parts)
        // Without a renderer the Jinja part cannot be followed.
        #expect(!merge.isComplete)
        #expect(merge.outcomes.map(\.failure) == [nil, nil])
        #expect(merge.value?.json.serialized(pretty: false) == #"{"a":1,"b":2}"#)
    }
}
