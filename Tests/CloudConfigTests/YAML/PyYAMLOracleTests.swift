import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// cloudcfg against the real thing: PyYAML 6.0 as cloud-init 22.4.2 loads YAML, run at test
/// time through `Fixtures/oracle/pyyaml_oracle.py`. These tests run wherever `python3-yaml` is
/// installed and fail (never skip) under CI when it is missing.
@Suite(.enabled(if: Oracle.shouldRun(Oracle.hasPyYAML)))
struct PyYAMLOracleTests {
    static func requirePyYAML() throws {
        try #require(Oracle.hasPyYAML, "python3-yaml is not installed for /usr/bin/python3")
    }

    // MARK: - (a) Generated scalars

    /// The characters the typing rules care about.
    static let alphabet: [String] = [
        "0", "1", "2", "5", "7", "8", "9", "0", "1", "+", "-", "_", ":", ".", ".", "e", "E", "x", "b", "o",
        "i", "n", "f", "a", "y", "s", "t", "r", "u", "l", "N", "I", "F", "A", "Y", "O", "T", "Z", " ", "~",
        "<", "=", "-", ":", "\t",
    ]

    /// Strings built to land near the edges of each rule, plus purely random ones.
    static func generatedScalars(count: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        func digits(_ range: ClosedRange<Int>, _ set: String = "0123456789_") -> String {
            let count = range.lowerBound + Int(random.next() % UInt64(range.count))
            return String((0..<count).map { _ in pick(Array(set)) })
        }
        func sign() -> String { pick(["", "", "-", "+"]) }
        func cased(_ word: String) -> String {
            switch random.next() % 4 {
            case 0: word.uppercased()
            case 1: word.prefix(1).uppercased() + word.dropFirst()
            case 2: String(word.map { random.next() % 2 == 0 ? Character($0.uppercased()) : $0 })
            default: word
            }
        }
        var result: [String] = []
        for _ in 0..<count {
            switch random.next() % 12 {
            case 0:
                result.append(sign() + pick(["0", "0b", "0x", "0o", ""]) + digits(0...6, "0123456789abcdefABCDEF_"))
            case 1:
                result.append(
                    sign() + digits(1...4)
                        + (0..<(1 + Int(random.next() % 3))).map { _ in ":" + digits(1...3) }.joined())
            case 2:
                result.append(
                    sign() + digits(0...4) + pick([".", ".", ""]) + digits(0...4)
                        + pick(["", "", "e", "E"]) + pick(["", "+", "-"]) + digits(0...3, "0123456789"))
            case 3:
                result.append(
                    pick(["", "", "-", "+"]) + cased(pick([".inf", ".nan", "inf", "nan", ".Inf", ".NaN", ".iNf"])))
            case 4: result.append(cased(pick(["yes", "no", "on", "off", "true", "false", "null", "y", "n", "~"])))
            case 5:
                var text =
                    digits(4...4, "0123456789") + "-" + digits(1...2, "0123456789") + "-" + digits(1...2, "0123456789")
                if random.next() % 3 != 0 {
                    text +=
                        pick(["T", "t", " ", "  ", "\t"]) + digits(1...2, "0123456789") + ":"
                        + digits(2...2, "0123456789")
                    text += ":" + digits(2...2, "0123456789") + pick(["", ".", "." + digits(1...8, "0123456789")])
                    text += pick([
                        "", "Z", " Z", "+" + digits(1...2, "0123456789"),
                        " -" + digits(1...2, "0123456789") + ":" + digits(2...2, "0123456789"),
                    ])
                }
                result.append(text)
            case 6: result.append(pick(["=", "<<", "~", "<", "==", "<<<", "= ", "-", ":", "_", "."]))
            default:
                let length = 1 + Int(random.next() % 8)
                result.append((0..<length).map { _ in pick(alphabet) }.joined())
            }
        }
        return result
    }

    static func ourScalar(_ tag: YAMLTag, _ text: String) -> (type: String, json: String)? {
        guard case .success(let scalar) = YAMLScalarConstructor.construct(tag, text) else { return nil }
        return (scalar.pythonTypeName, YAMLValue.scalar(scalar).json.serialized(pretty: false))
    }

    /// Compares one construction with PyYAML's answer; returns a difference or `nil`.
    static func compare(_ label: String, ours: (type: String, json: String)?, theirs: [String: String]) throws
        -> String?
    {
        if let error = theirs["error"] {
            return ours.map { "\(label): ours \($0.json), PyYAML raises \(error)" }
        }
        guard let ours else {
            return "\(label): ours raises, PyYAML gives \(theirs["repr"] ?? theirs["python"] ?? "?")"
        }
        if ours.type != theirs["type"] { return "\(label): type \(ours.type) vs \(theirs["type"] ?? "?")" }
        let differences = JSONTree.differences(try JSONTree.parse(ours.json), try JSONTree.parse(theirs["json"] ?? ""))
        return differences.isEmpty ? nil : "\(label): \(differences.joined(separator: "; "))"
    }

    @Test func generatedScalarsResolveAndConstructLikePyYAML() throws {
        try Self.requirePyYAML()
        let scalars = Self.generatedScalars(count: 4000, seed: 0x5EED_CAFE)
        let tags: [YAMLTag] = [.int, .float, .bool, .null, .timestamp]
        let explicit = scalars.prefix(1500).flatMap { text in tags.map { [$0.uri, text] } }
        let answer = try Oracle.pyyaml("scalars", ["implicit": scalars, "explicit": explicit])
        let implicit = try #require(answer["implicit"] as? [[String: String]])
        let constructed = try #require(answer["explicit"] as? [[String: String]])
        try #require(implicit.count == scalars.count && constructed.count == explicit.count)
        var differences: [String] = []
        for (text, theirs) in zip(scalars, implicit) {
            let tag = YAMLResolver.implicitTag(text)
            if tag.uri != theirs["tag"] {
                differences.append("\(text.debugDescription): tag \(tag) vs \(theirs["tag"] ?? "?")")
                continue
            }
            if let difference = try Self.compare(text.debugDescription, ours: Self.ourScalar(tag, text), theirs: theirs)
            {
                differences.append(difference)
            }
        }
        for (request, theirs) in zip(explicit, constructed) {
            let tag = YAMLTag(uri: request[0])
            let label = "\(tag) \(request[1].debugDescription)"
            if let difference = try Self.compare(label, ours: Self.ourScalar(tag, request[1]), theirs: theirs) {
                differences.append(difference)
            }
        }
        #expect(differences == [], "\(differences.count) of \(scalars.count + explicit.count) differ")
    }

    @Test func generatedScalarsInADocumentLoadLikePyYAML() throws {
        try Self.requirePyYAML()
        let scalars = Self.generatedScalars(count: 3000, seed: 0xD0C5)
        let answer = try Oracle.pyyaml("table", ["inputs": scalars])
        let rows = try #require(answer["rows"] as? [[String: String]])
        try #require(rows.count == scalars.count)
        var differences: [String] = []
        for (text, theirs) in zip(scalars, rows) {
            let stream = YAMLStream.parse("k: " + text)
            var ours: (type: String, json: String)?
            if !stream.hasErrors, let document = stream.documents.first, let root = document.root,
                let node = document.value(forKey: "k", in: root)
            {
                let value = document.value(of: node)
                ours = (YAMLResolverTests.pythonType(value), value.json.serialized(pretty: false))
            }
            if let difference = try Self.compare("k: \(text.debugDescription)", ours: ours, theirs: theirs) {
                differences.append(difference)
            }
        }
        #expect(differences == [], "\(differences.count) of \(scalars.count) differ")
    }

    @Test func binaryDecodesLikePython() throws {
        try Self.requirePyYAML()
        var random = SplitMix64(seed: 0xB64)
        let characters = Array("ABCDabcd0123+/=== \n\t!-_.é")
        let texts = (0..<1500).map { _ in
            String((0..<Int(random.next() % 14)).map { _ in characters[Int(random.next() % UInt64(characters.count))] })
        }
        let explicit = texts.map { [YAMLTag.binary.uri, $0] }
        let answer = try Oracle.pyyaml("scalars", ["explicit": explicit])
        let constructed = try #require(answer["explicit"] as? [[String: String]])
        var differences: [String] = []
        try #require(constructed.count == texts.count, "one answer per text")
        for (text, theirs) in zip(texts, constructed) {
            if let difference = try Self.compare(
                "!!binary \(text.debugDescription)", ours: Self.ourScalar(.binary, text), theirs: theirs)
            {
                differences.append(difference)
            }
        }
        #expect(differences == [])
    }

    @Test func floatsAreWrittenAsPythonReprWritesThem() throws {
        try Self.requirePyYAML()
        var random = SplitMix64(seed: 0xF10A7)
        var values: [Double] = [
            0.1, 1e16, 1e15, 1e-5, 1e-4, 123456789.123, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
        ]
        while values.count < 3000 {
            let bits = random.next()
            let value =
                random.next() % 2 == 0 ? Double(bitPattern: bits) : Double(Int64(bitPattern: bits) >> (bits % 60))
            if value.isFinite { values.append(value) }
        }
        let explicit = values.map { [YAMLTag.float.uri, YAMLEmitter.floatText($0)] }
        let answer = try Oracle.pyyaml("scalars", ["explicit": explicit])
        let constructed = try #require(answer["explicit"] as? [[String: String]])
        try #require(constructed.count == values.count, "one answer per value")
        let differences = zip(values, constructed).compactMap { value, theirs -> String? in
            theirs["json"] == PythonFormat.floatRepr(value)
                ? nil
                : "\(value): ours \(PythonFormat.floatRepr(value)), Python \(theirs["json"] ?? theirs["error"] ?? "?")"
        }
        #expect(differences == [])
    }

    // MARK: - (b, c) Files through `cloudcfg show`

    /// Runs `cloudcfg show` on files and compares with PyYAML: the JSON leaf by leaf, and the
    /// YAML output read back by PyYAML to the same value.
    static func compareShow(_ files: [(name: String, path: String)]) throws -> [String] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cloudcfg-show-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var jsonOutputs: [Oracle.Output] = []
        var yamlPaths: [String?] = []
        for (index, file) in files.enumerated() {
            jsonOutputs.append(try CLIRunner.run(["show", "--format", "json", file.path]))
            let yaml = try CLIRunner.run(["show", "--format", "yaml", file.path])
            if yaml.status == 0 {
                let path = directory.appendingPathComponent("\(index).yaml").path
                try yaml.stdout.write(to: URL(fileURLWithPath: path))
                yamlPaths.append(path)
            } else {
                yamlPaths.append(nil)
            }
        }
        let loaded = try Oracle.load(paths: files.map(\.path) + yamlPaths.compactMap { $0 })
        var reread = loaded[files.count...].makeIterator()
        var differences: [String] = []
        for (index, file) in files.enumerated() {
            let output = jsonOutputs[index]
            let rereadValue = yamlPaths[index] == nil ? nil : reread.next()
            switch loaded[index] {
            case .error(let error):
                if output.status != 65 {
                    differences.append("\(file.name): show exits \(output.status), PyYAML raises \(error)")
                }
            case .value(let expected):
                guard output.status == 0 else {
                    differences.append(
                        "\(file.name): show exits \(output.status) (\(output.stderrText)), PyYAML loads it")
                    continue
                }
                let ours = try JSONTree.parse(output.stdoutText)
                differences += JSONTree.differences(ours, expected).map { "\(file.name) json \($0)" }
                switch rereadValue {
                case .value(let back)?:
                    differences += JSONTree.differences(back, expected).map { "\(file.name) yaml \($0)" }
                case .error(let error)?:
                    differences.append("\(file.name): PyYAML cannot read show --format yaml: \(error)")
                case nil:
                    differences.append("\(file.name): show --format yaml failed")
                }
            }
        }
        return differences
    }

    @Test func trickyCorpusShowsLikePyYAMLLoadsIt() throws {
        try Self.requirePyYAML()
        let files = try Fixtures.yamlCorpus().map { (name: $0.lastPathComponent, path: $0.path) }
        try #require(files.count > 40)
        #expect(try Self.compareShow(files) == [])
    }

    static let examplesDirectory = "/usr/share/doc/cloud-init/examples"

    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
    func cloudInitExamplesShowLikePyYAMLLoadsThem() throws {
        try Self.requirePyYAML()
        try #require(
            FileManager.default.fileExists(atPath: Self.examplesDirectory),
            "cloud-init's examples are not installed (apt-get install cloud-init)")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cloudcfg-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let answer = try Oracle.pyyaml("examples", ["directory": Self.examplesDirectory, "into": directory.path])
        let files = try #require(answer["files"] as? [[String: String]]).compactMap { file in
            file["name"].flatMap { name in file["path"].map { (name: name, path: $0) } }
        }
        // 37 entries, six of them gzipped, plus seed/.
        try #require(files.count >= 30)
        #expect(files.filter { $0.name.hasSuffix(".gz") }.count >= 6)
        // `show` loads cloud-config (and text without a header) as PyYAML does; archives are what
        // cloud-init composes from their parts (ShowEnvelopeOracleTests), and scripts, includes and
        // part-handlers hold no configuration (null).
        let cloudConfig = try files.filter { file in
            let kind = UserDataKind.detect(Array(try Data(contentsOf: URL(fileURLWithPath: file.path))))
            return kind == .cloudConfig || kind == .unknown
        }
        #expect(cloudConfig.count >= 25)
        #expect(try Self.compareShow(cloudConfig) == [])
        for file in files where !cloudConfig.contains(where: { $0.path == file.path }) {
            let kind = UserDataKind.detect(Array(try Data(contentsOf: URL(fileURLWithPath: file.path))))
            guard kind != .cloudConfigArchive else { continue }
            let output = try CLIRunner.run(["show", "--format", "json", file.path])
            #expect(output.status == 0 && output.stdoutText == "null\n", "\(file.name): \(output.stderrText)")
        }
    }

    // MARK: - (d) Emitter round trip

    static func trickyStrings(count: Int, seed: UInt64) -> [String] {
        let pieces: [String] = [
            "a", "Z", "0", "1", " ", "  ", "\n", "\n\n", "\r", "\r\n", "\t", "'", "\"", "\\", ": ", ":", "#", " #",
            "- ",
            "-", "? ", "?", "[", "]", "{", "}", ",", "&", "*", "!", "|", ">", "%", "@", "`", "~", "=", "<<", "---",
            "...",
            "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{FEFF}", "é",
            "e\u{301}",
            "😀", "€", "ı", "yes", "0644", "1.5", "null", "2020-01-01",
        ]
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<Int(random.next() % 7)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        }
    }

    @Test func emittedStringsReadBackExactly() throws {
        try Self.requirePyYAML()
        let strings = Self.trickyStrings(count: 1500, seed: 0xE417)
        var texts: [String] = []
        for text in strings {
            let value = YAMLValue.mapping([
                YAMLValue.Entry(key: .scalar(.string("list")), value: .sequence([.scalar(.string(text))])),
                YAMLValue.Entry(
                    key: .scalar(.string("map")),
                    value: .mapping([YAMLValue.Entry(key: .scalar(.string(text)), value: .scalar(.int(YAMLInteger(1))))]
                    )),
            ])
            texts.append(try YAMLEmitter.emit(value, options: YAMLEmitter.Options(header: "#cloud-config")))
        }
        let answer = try Oracle.pyyaml("load", ["texts": texts])
        let results = try #require(answer["results"] as? [[String: String]])
        try #require(results.count == strings.count)
        var differences: [String] = []
        for (index, text) in strings.enumerated() {
            let expected = JSONTree.object([
                .init(key: "list", value: .array([.string(text)])),
                .init(key: "map", value: .object([.init(key: text, value: .number("1"))])),
            ])
            guard let json = results[index]["json"] else {
                differences.append(
                    "\(text.debugDescription) as \(texts[index].debugDescription): \(results[index]["error"] ?? "?")")
                continue
            }
            let found = JSONTree.differences(try JSONTree.parse(json), expected)
            if !found.isEmpty {
                differences.append("\(text.debugDescription) as \(texts[index].debugDescription): \(found)")
            }
        }
        #expect(differences == [])
    }

    // MARK: - The committed table

    /// `Fixtures/resolver/pyyaml.json` must still be what PyYAML says; set
    /// `CLOUDCFG_RECORD=pyyaml` to write it again from PyYAML.
    @Test func committedTableIsWhatPyYAMLSays() throws {
        try Self.requirePyYAML()
        let rows = try YAMLResolverTests.table()
        let answer = try Oracle.pyyaml("table", ["inputs": rows.map(\.yaml)])
        let fresh = try #require(answer["rows"] as? [[String: String]])
        if Recording.isRecording("pyyaml") {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/resolver/pyyaml.json")
            let lines = try fresh.map { row in
                let members = try ["yaml", "type", "python", "json", "error"].compactMap { key -> String? in
                    guard let value = row[key] else { return nil }
                    let data = try JSONSerialization.data(
                        withJSONObject: value, options: [.fragmentsAllowed, .withoutEscapingSlashes])
                    return "\"\(key)\": " + String(decoding: data, as: UTF8.self)
                }
                return "{" + members.joined(separator: ", ") + "}"
            }
            try ("[\n  " + lines.joined(separator: ",\n  ") + "\n]\n").write(
                to: source, atomically: true, encoding: .utf8)
            return
        }
        var differences: [String] = []
        try #require(fresh.count == rows.count, "one row per committed row")
        for (row, now) in zip(rows, fresh) {
            let committed = [
                "yaml": row.yaml, "type": row.type, "python": row.python, "json": row.json, "error": row.error,
            ]
            .compactMapValues { $0 }
            if committed != now { differences.append("k: \(row.yaml): committed \(committed), PyYAML now \(now)") }
        }
        #expect(differences == [])
    }
}
