import Foundation
import TestSupport
import Testing

@testable import CloudConfig

/// cloudcfg's merge of cloud-config parts against cloud-init 22.4.2's own handler and mergers,
/// asked at test time (both read the same blobs and YAML; results compared as Show JSON). Runs
/// wherever cloud-init is installed and fails (never skips) under CI when it is missing.
@Suite(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit)))
struct MergeOracleTests {
    /// Instance data for the Jinja parts, and the renderer the tests give `compose` in place of
    /// the real one (another component's job): it drops the `## template: jinja` line and
    /// replaces `{{ v1.key }}` with the value, which is what Jinja does for these templates.
    static let variables = ["local_hostname": "jinja-host", "region": "eastus"]
    static var instanceData: [String: Any] { ["v1": variables] }

    static func render(_ part: UserDataPart) -> [UInt8]? {
        var text = String(decoding: part.payload, as: UTF8.self)
        guard let firstBreak = text.firstIndex(of: "\n") else { return nil }
        text = String(text[text.index(after: firstBreak)...])
        for (key, value) in variables {
            text = text.replacing("{{ v1.\(key) }}", with: value)
        }
        if text.hasSuffix("\n") { text.removeLast() }
        return Array(text.utf8)
    }

    /// The merge corpus (`Fixtures/envelopes/merge`) and the fixtures with cloud-config parts.
    static func blobs() throws -> [UserDataOracle.Blob] {
        let merges = try EnvelopeCorpus.mergeFiles()
        let others = try EnvelopeCorpus.files().filter {
            [
                "mime-handmade.txt", "mime-terraform.txt", "archive.yaml", "jinja.txt", "mime-nested.txt",
                "mime-launch-index.txt", "mime-header-quirks.txt", "mime-archive-part.txt", "mime-sniffing.txt",
                "plain-cloud-config.yaml", "mime-quoted-printable.txt", "mime-base64-parts.txt",
                "mime-misspelt-types.txt",
                "mime-non-ascii-7bit.txt",
            ].contains($0.name)
        }
        return (merges + others).map { UserDataOracle.Blob(name: $0.name, bytes: $0.bytes) }
    }

    static func ours(_ blob: UserDataOracle.Blob, launchIndex: Int? = nil) throws -> UserDataOracle.Merge {
        let envelope = UserDataEnvelope.open(SourceFile(path: blob.name, bytes: blob.bytes))
        let merge = CloudConfigMerge.compose(envelope.parts, launchIndex: launchIndex, render: render)
        return UserDataOracle.Merge(
            config: try merge.value.map { try JSONTree.parse($0.json.serialized(pretty: false)) },
            merged: merge.outcomes.filter { $0.failure == nil }.map(\.filename),
            failed: merge.outcomes.filter { $0.failure != nil }.map(\.filename), rejected: envelope.rejection != nil)
    }

    @Test func composedConfigurationIsCloudInits() throws {
        try #require(Oracle.hasCloudInit, "cloud-init is not installed for /usr/bin/python3")
        let blobs = try Self.blobs()
        let expected = try UserDataOracle.merge(blobs, instanceData: Self.instanceData)
        for (blob, cloudInit) in zip(blobs, expected) {
            let ours = try Self.ours(blob)
            #expect(ours == cloudInit, "\(blob.name):\ncloudcfg: \(ours)\ncloud-init: \(cloudInit)")
        }
        #expect(blobs.count >= 25)
    }

    @Test(arguments: [0, 1, 2, 3])
    func launchIndexFiltersLikeCloudInit(index: Int) throws {
        try #require(Oracle.hasCloudInit, "cloud-init is not installed for /usr/bin/python3")
        let blobs =
            try EnvelopeCorpus.mergeFiles().filter { $0.name.contains("launch-index") }
            .map { UserDataOracle.Blob(name: $0.name, bytes: $0.bytes) }
            + [
                UserDataOracle.Blob(
                    name: "mime-launch-index.txt", bytes: try Golden.fixture("envelopes/mime-launch-index.txt"))
            ]
        let expected = try UserDataOracle.merge(blobs, launchIndex: index)
        for (blob, cloudInit) in zip(blobs, expected) {
            let ours = try Self.ours(blob, launchIndex: index)
            #expect(
                ours == cloudInit, "\(blob.name) at launch index \(index):\ncloudcfg: \(ours)\ncloud-init: \(cloudInit)"
            )
        }
    }

    /// Values merged pairwise under many rules, against `cloudinit.mergers` directly.
    static func valueCases() -> [(base: String, new: String, how: String)] {
        let bases = [
            "{a: [1, 2], b: {c: 1, d: [x]}, s: abc, n: 1, z: null, l: [[1], {p: 1}]}",
            "{a: {k: 1}, s: [s], t: {u: {v: 1}}, 1: one, true: yes}",
        ]
        let news = [
            "{a: [3], b: {c: 2, d: [y, z], e: 5}, s: def, n: [1], z: {k: v}, t: ok, l: [[2, 3], {q: 2}, r]}",
            "{a: xyz, b: [1], s: {x: 1}, n: null, z: 7}",
            "{a: {k: 2, m: [1]}, s: 5, b: null, t: {u: {w: 2}}, 1.0: float, True: bool}",
            "{s: [a, b], a: !!set {x, y}, b: !!omap [{o: 1}]}",
        ]
        let hows = [
            "", "dict()", "dict(replace)", "dict(no_replace)", "dict(no_replace,recurse_list)+list(append)",
            "dict(no_replace,recurse_str)+str(append)", "dict(no_replace,recurse_str)+str()", "dict(allow_delete)",
            "dict(no_replace,allow_delete)", "list(prepend)+dict(no_replace,recurse_list)",
            "list(no_replace)+dict(recurse_list)",
            "list(replace,recurse_dict,recurse_list,recurse_str)+dict(recurse_list)+str(append)",
            "dict(recurse_array)+list(append,prepend)", "str(append)+dict(no_replace,recurse_str)",
            "dict(replace,no_replace)",
            "list(append)", "m_dict(no_replace)+m_list(append)", " DICT( No-Replace , Recurse-List )+List(Append)",
            "dict(no_replace)+dict(replace)", "list()+dict()+str()", "dict(recurse_list)+list(append,recurse_dict)",
            "dict(replace", "dictionary()", "dict(no_replace,recurse_list)+list(no_replace)",
        ]
        var cases: [(String, String, String)] = []
        for base in bases { for new in news { for how in hows { cases.append((base, new, how)) } } }
        let lists = ["[1, 2, [3, 4], {a: 1}, s]", "[]", "'text'"]
        let listNews = ["[9, [5], {b: 2}, t, extra]", "{k: 1}", "'xy'", "7"]
        let listHows = [
            "list()", "list(append)", "list(prepend)", "list(no_replace)",
            "list(recurse_list,recurse_dict,recurse_str)+dict()+str(append)",
            "str(append)", "str()", "list(replace)+str(append)",
        ]
        for base in lists { for new in listNews { for how in listHows { cases.append((base, new, how)) } } }
        return cases
    }

    @Test func mergersAgreeWithCloudInit() throws {
        try #require(Oracle.hasCloudInit, "cloud-init is not installed for /usr/bin/python3")
        let cases = Self.valueCases()
        let expected = try UserDataOracle.mergeValues(cases)
        for (index, (base, new, how)) in cases.enumerated() {
            let merged = CloudConfigMerge.merge(try Self.load(base), try Self.load(new), rules: try Self.rules(how))
            let ours: JSONTree? =
                switch merged {
                case .success(let value): try JSONTree.parse(value.json.serialized(pretty: false))
                case .failure: nil
                }
            #expect(
                ours == expected[index],
                "\(base) + \(new) with \(how): cloudcfg \(String(describing: ours)), cloud-init \(String(describing: expected[index]))"
            )
        }
        #expect(cases.count > 200)
    }

    static func load(_ yaml: String) throws -> YAMLValue {
        let stream = YAMLStream.parse(yaml)
        let document = try #require(stream.documents.first)
        return document.value(of: try #require(document.root))
    }

    /// The rules as `string_extract_mergers` reads them; unreadable rules become a chain with an
    /// unknown merger, which fails the way cloud-init's does.
    static func rules(_ how: String) throws -> MergeRules {
        switch MergeRules.parse(how) {
        case .success(let rules): rules
        case .failure: MergeRules([.init(name: "unreadable", options: .list([]))])
        }
    }
}
