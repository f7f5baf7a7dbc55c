import BenchmarkInputs
import CloudConfig
import Testing

/// The benchmark measures reading and checking, not reporting: its generated inputs must be what
/// they claim — deterministic, of the stated sizes, clean for cloudcfg and valid for cloud-init.
/// (Speed is measured by `scripts/bench`, never asserted here.)
@Suite struct BenchmarkInputsTests {
    /// The first 300 files of the corpus phase (a) lints (1,000 files; generating and linting all
    /// of them in a debug build takes a quarter of a minute, and 300 show every variation).
    static let corpus = TypicalCloudConfig.corpus(count: 300)

    @Test func theCorpusIsTheSameEveryRun() {
        #expect(TypicalCloudConfig.corpus(count: 20) == Array(Self.corpus.prefix(20)))
        #expect(TypicalCloudConfig.corpus(count: 20, seed: 11) != Array(Self.corpus.prefix(20)))
        #expect(LargeCloudConfig.generate(bytes: 1 << 16) == LargeCloudConfig.generate(bytes: 1 << 16))
    }

    @Test func corpusFilesAreOneToThreeKilobytes() {
        let sizes = Self.corpus.map(\.utf8.count)
        #expect(sizes.allSatisfy { (1024...3072).contains($0) }, "\(sizes.filter { !(1024...3072).contains($0) })")
        // Spread over the range, not bunched at one end.
        #expect(sizes.filter { $0 < 1500 }.count > 30)
        #expect(sizes.filter { $0 > 2500 }.count > 30)
    }

    /// Every file of the corpus is cloud-config that cloudcfg finds nothing in, as the benchmark
    /// assumes (a finding would make it measure reporting too).
    @Test func everyCorpusFileLintsClean() {
        let linter = Linter()
        for (index, text) in Self.corpus.enumerated() {
            let result = linter.lint(text, path: "user-data-\(index).yaml")
            #expect(result.kind == .cloudConfig)
            #expect(
                result.diagnostics.isEmpty,
                "file \(index): \(result.diagnostics.map { "\($0.range.start) \($0.ruleID): \($0.message)" })")
        }
    }

    /// The large-file generator makes one clean cloud-config of at least the size asked for.
    @Test(arguments: [1 << 16, 3 << 18])
    func theLargeFileLintsClean(bytes: Int) {
        let file = LargeCloudConfig.generate(bytes: bytes)
        #expect(file.count >= bytes && file.count < bytes + 4096)
        let result = Linter().lint(SourceFile(path: "large.yaml", bytes: file))
        #expect(result.kind == .cloudConfig)
        #expect(
            result.diagnostics.isEmpty,
            "\(result.diagnostics.prefix(5).map { "\($0.range.start) \($0.ruleID): \($0.message)" })")
    }

    /// The fleet keeps the sample's columns and values and gives every host its own name.
    @Test func theInventoryGrowsFromTheSample() throws {
        let sample = "host,domain,size\nweb-01,a.example.net,1\nweb-02,\"b, c\",2\n"
        let lines = try FleetInventory.csv(hosts: 10_000, from: sample).split(separator: "\n")
        #expect(lines.count == 10_001)
        #expect(lines[0] == "host,domain,size")
        #expect(lines[1] == "host-00000,a.example.net,1")
        #expect(lines[2] == "host-00001,\"b, c\",2")
        #expect(lines[10_000] == "host-09999,\"b, c\",2")
        #expect(Set(lines.dropFirst().map { $0.prefix { $0 != "," } }).count == 10_000)
        #expect(throws: FleetInventory.SampleError.self) { try FleetInventory.csv(hosts: 1, from: "name\nx\n") }
        #expect(throws: FleetInventory.SampleError.self) { try FleetInventory.csv(hosts: 1, from: "host,domain\n") }
    }

    /// cloud-init 22.4.2's own strict schema validation accepts a sample of the corpus (every
    /// tenth file) and a large file, so that the baseline, too, checks valid input.
    @Test(.enabled(if: Oracle.shouldRun(Oracle.hasCloudInit), "needs cloud-init (Debian package)"))
    func cloudInitAcceptsTheInputs() throws {
        let sample = Self.corpus.enumerated().filter { $0.offset % 10 == 0 }.map(\.element)
        let large = String(decoding: LargeCloudConfig.generate(bytes: 1 << 16), as: UTF8.self)
        let script = """
            import json, sys, yaml
            from cloudinit.config.schema import get_schema, validate_cloudconfig_schema
            schema = get_schema()
            problems = []
            for index, text in enumerate(json.load(sys.stdin)):
                try:
                    validate_cloudconfig_schema(yaml.safe_load(text), schema, strict=True)
                except Exception as error:
                    problems.append(f"{index}: {error}")
            json.dump(problems, sys.stdout)
            """
        let problems = try Oracle.pythonJSON(script, input: sample + [large]) as? [String]
        #expect(problems == [])
    }
}
