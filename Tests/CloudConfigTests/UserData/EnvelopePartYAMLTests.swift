import Testing

@testable import CloudConfig

/// A `text/cloud-config` part's YAML (``UserDataPart/yaml``) is what reading its payload on its own
/// gives, whether or not the opener already read it for a `launch-index` key.
@Suite struct EnvelopePartYAMLTests {
    /// What a read text is made of, for comparing two reads.
    static func summary(_ stream: YAMLStream?) -> [String] {
        guard let stream else { return ["nil"] }
        let documents = stream.documents.map { document in
            document.root.map { "\(document.value(of: $0))" } ?? "empty"
        }
        let errors = stream.errors.map { "\($0.code) \($0.range.start.line):\($0.range.start.column) \($0.message)" }
        return [stream.source.path, "\(stream.source.bytes.count) bytes"] + documents + errors
    }

    static func expectPartsReadAsThemselves(_ text: String, options: EnvelopeOptions = EnvelopeOptions()) {
        let envelope = UserDataEnvelope.open(SourceFile(path: "user-data", text: text), options: options)
        let cloudConfigs = envelope.parts.filter { $0.contentType == "text/cloud-config" }
        #expect(!cloudConfigs.isEmpty)
        for part in cloudConfigs {
            #expect(part.yaml != nil)
            #expect(
                summary(part.yaml) == summary(YAMLStream.parse(part.payloadSource, limits: options.yamlLimits)))
        }
    }

    /// A backslash makes the opener read the text for `launch-index` (a double-quoted key could
    /// spell it with escapes); a plain file is one part.
    @Test func aPlainFileReadForItsLaunchIndex() {
        Self.expectPartsReadAsThemselves(
            "#cloud-config\nlaunch-index: 2\nwrite_files:\n  - path: /etc/x\n    content: \"a\\tb\"\n")
        Self.expectPartsReadAsThemselves("#cloud-config\nruncmd:\n  - echo \"a\\nb\"\n  - [ls, \"\\x41\"]\n")
        // Not a mapping, and not YAML at all.
        Self.expectPartsReadAsThemselves("#cloud-config\n- launch-index\n- \"\\u0041\"\n")
        Self.expectPartsReadAsThemselves("#cloud-config\nlaunch: [unclosed\n")
    }

    /// Parts of a MIME message, each read under its own path; the second spells its key with an escape.
    @Test func partsOfAMessage() throws {
        let first = MIMEPart(
            text: "#cloud-config\nlaunch-index: 1\nhostname: a\n", contentType: "text/cloud-config",
            filename: "one.yaml")
        let second = MIMEPart(
            text: "#cloud-config\n\"l\\x61unch-index\": 3\nruncmd: [\"echo \\\"x\\\"\"]\n",
            contentType: "text/cloud-config", filename: "two.yaml")
        let message = try MIMEBuilder.build([first, second])
        Self.expectPartsReadAsThemselves(String(decoding: message, as: UTF8.self))
        let envelope = UserDataEnvelope.open(SourceFile(path: "user-data", bytes: message))
        #expect(envelope.parts.map { $0.header("Launch-Index")?.value } == ["1", "3"])
    }

    /// Limits other than the defaults: the part is read with them, while `launch-index` is
    /// still looked up as cloud-init loads the text (which knows no such limit).
    @Test func tighterLimitsReadThePartWithThem() {
        var options = EnvelopeOptions()
        options.yamlLimits = YAMLLimits(maxDepth: 2)
        let text = "#cloud-config\nlaunch-index: 4\nusers:\n  - name: a\n    groups: [\"b\\x63\"]\n"
        Self.expectPartsReadAsThemselves(text, options: options)
        let envelope = UserDataEnvelope.open(SourceFile(path: "user-data", text: text), options: options)
        #expect(envelope.parts.first?.yaml?.errors.contains { $0.code == .nestingTooDeep } == true)
        #expect(envelope.parts.first?.header("Launch-Index")?.value == "4")
    }

    /// The `launch-index` lookup gives what loading the whole mapping and taking the key gives,
    /// for the forms a key and a root can take.
    @Test(arguments: [
        "launch-index: 1\n", "a: 1\nlaunch-index: 2\nlaunch-index: 3\n", "\"l\\x61unch-index\": 4\n",
        "base: &b {launch-index: 5}\n<<: *b\n", "<<: {launch-index: 6}\nlaunch-index: 7\n",
        "k: &k launch-index\n*k : 8\n", "? [launch-index]\n: 9\n", "!!set {launch-index: null}\n",
        "!!omap [launch-index: 10]\n", "- launch-index\n", "launch-index\n", "launch-index: [1, 2]\n",
        "launch-index: &v {a: 1}\nb: *v\n", "--- {launch-index: 1}\n--- {}\n", "launch-index: [\n", "",
        "!!str {launch-index: 1}\n", "x: *undefined\nlaunch-index: 1\n", "launch-index: !!int 0x10\n",
        "'launch-index': 11\n", "\"launch-index\": 12\n", "!!str launch-index: 13\n", "launch-indexx: 14\n",
        "launch-index: 15\n\"launch-index\": 16\n", "launch-index: 17\n!!python/unicode launch-index: 18\n",
        "? |\n  launch-index\n: 19\n", "&a launch-index: 20\n",
    ])
    func theLaunchIndexLookupMatchesTheWholeLoad(_ text: String) {
        let stream = YAMLStream.parse(SourceFile(path: "<part>", text: "#cloud-config\n" + text))
        var whole: YAMLValue?
        if case .mapping(let entries)? = EnvelopeOpener.loadMapping(stream), !entries.isEmpty {
            whole = PythonValue.get("launch-index", in: entries)
        }
        #expect(EnvelopeOpener.launchIndex(in: stream).map { "\($0)" } == whole.map { "\($0)" })
    }
}
