import BenchmarkInputs

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 10's comparisons, each against a baseline measured in the same run, rounds interleaved,
/// medians reported, peak memory for every program:
///
/// - (a) `corpus`: the library linting 1,000 generated cloud-configs of 1–3 KB in one process,
///   against cloud-init's best in-process case on the same files (PyYAML's C loader, schema and
///   validator built once: `Benchmarks/baselines/cloud_init_inprocess.py`);
/// - (b) `cli`: `cloudcfg lint FILE` against `cloud-init schema -c FILE`, with `true` and
///   `cloudcfg --version` as start-up baselines;
/// - (c) `large`: a 5 MiB and a 50 MiB cloud-config, linted by the library in process and by
///   `cloudcfg lint`, against libyaml's bare event parse of each
///   (`Benchmarks/baselines/libyaml_events.c`, built by `scripts/bench`);
/// - (d) `generation`: `cloudcfg generate --inventory` for 10,000 hosts; a hook that runs when
///   the build has the subcommand and says why it is skipped otherwise.
///
/// Every child's wall time runs from spawn to exit; a child that times its own loop prints
/// `seconds`, and that figure is compared with the baseline's own loop time.
struct ComparisonSuite {
    var work = ".build/bench"
    var python = "/usr/bin/python3"
    var cloudInitScript = "Benchmarks/baselines/cloud_init_inprocess.py"
    var libyamlEvents = ".build/bench/libyaml-events"
    var measure = ".build/bench/measure"
    var cloudcfg = BenchFile.directory(of: BenchFile.currentExecutable) + "/cloudcfg"
    var cloudInit = "cloud-init"
    var bench = BenchFile.currentExecutable
    var rounds: Int?
    var corpusSize = 1000
    var largeSizes = [5, 50]
    /// (d): the hosts of the generated inventory, the profile they share, the sample inventory
    /// the rows are made from, and the distribution.
    var fleetSize = 10_000
    var fleetProfile = "Examples/azure-fleet/profile.yaml"
    var fleetSample = "Examples/azure-fleet/hosts.csv"
    var fleetDistro = "debian-12"

    /// One line of the closing table.
    struct Row {
        var phase: String
        var measure: String
        var ours: String
        var baseline: String
        var ratio: String
        var target: String
    }

    /// The closing table's lines, appended by each phase.
    var rows: [Row] = []

    mutating func run(_ phases: [String]) throws(BenchError) {
        for helper in [measure, libyamlEvents] where !BenchFile.isExecutable(helper) {
            throw BenchError("\(helper) is missing: scripts/bench builds it (gcc, libyaml-dev)")
        }
        printMachine()
        try BenchFile.makeDirectory(work)
        for phase in phases {
            switch phase {
            case "corpus": try corpus()
            case "cli": try cli()
            case "large": try large()
            case "generation": try generation()
            default: throw BenchError("unknown phase \(phase): corpus, cli, large, generation or all")
            }
        }
        printTable()
    }

    // MARK: - Inputs

    /// The corpus of typical configs, written once per run (the same bytes every run).
    func writeCorpus() throws(BenchError) -> (directory: String, typical: String) {
        let directory = work + "/corpus"
        try BenchFile.makeDirectory(directory)
        var sizes: [(Int, String)] = []
        for (index, text) in TypicalCloudConfig.corpus(count: corpusSize).enumerated() {
            let path = directory + "/user-data-\(String(index + 10_000).dropFirst()).yaml"
            try BenchFile.write(Array(text.utf8), to: path)
            sizes.append((text.utf8.count, path))
        }
        sizes.sort { $0.0 < $1.0 }
        let total = sizes.reduce(0) { $0 + $1.0 }
        print(
            "corpus: \(sizes.count) files in \(directory), \(format(Double(total) / 1024, decimals: 0)) KiB, "
                + "\(sizes.first?.0 ?? 0)–\(sizes.last?.0 ?? 0) bytes each, median \(sizes[sizes.count / 2].0)")
        return (directory, sizes[sizes.count / 2].1)
    }

    func writeLarge(mebibytes: Int) throws(BenchError) -> (path: String, bytes: Int) {
        let path = work + "/large-\(mebibytes)MiB.yaml"
        let bytes = LargeCloudConfig.generate(bytes: mebibytes << 20)
        try BenchFile.write(bytes, to: path)
        return (path, bytes.count)
    }

    func roundCount(_ standard: Int) -> Int { max(1, rounds ?? standard) }

    // MARK: - Output

    /// Runs a program through `measure`.
    func run(_ arguments: [String], keepOutput: Bool = true, keepErrors: Bool = false) throws(BenchError)
        -> ChildRun
    {
        try ChildProcess.run(arguments, measure: measure, keepOutput: keepOutput, keepErrors: keepErrors)
    }

    /// Runs a child that must succeed and print its own timing.
    func checked(_ arguments: [String]) throws(BenchError) -> ChildRun {
        let run = try run(arguments)
        guard run.status == 0, run.value("seconds") != nil else {
            throw BenchError("\(arguments.joined(separator: " ")) exited with \(run.status): \(run.output)")
        }
        return run
    }

    private func printMachine() {
        let cpu =
            (BenchFile.read("/proc/cpuinfo").map { String(decoding: $0, as: UTF8.self) } ?? "")
            .split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingPrefix(" ") } ?? "unknown"
        let memory =
            (BenchFile.read("/proc/meminfo").map { String(decoding: $0, as: UTF8.self) } ?? "")
            .split(separator: "\n").first { $0.hasPrefix("MemTotal") }
            .flatMap { $0.split(separator: " ").dropFirst().first.flatMap { Int($0) } } ?? 0
        let load = (BenchFile.read("/proc/loadavg").map { String(decoding: $0, as: UTF8.self) } ?? "")
            .split(separator: " ").prefix(3).joined(separator: " ")
        print(
            "machine: \(cpu), \(sysconf(Int32(_SC_NPROCESSORS_ONLN))) cores, "
                + "\(format(Double(memory) / 1_048_576, decimals: 1)) GiB; load average \(load)")
    }

    private func printTable() {
        guard !rows.isEmpty else { return }
        let header = Row(
            phase: "", measure: "measure", ours: "cloudcfg", baseline: "baseline", ratio: "ratio", target: "target")
        let all = [header] + rows
        let widths = (
            all.map(\.phase.count).max() ?? 0, all.map(\.measure.count).max() ?? 0, all.map(\.ours.count).max() ?? 0,
            all.map(\.baseline.count).max() ?? 0, all.map(\.ratio.count).max() ?? 0
        )
        print("\nmedians of interleaved rounds; ratios of medians")
        for row in all {
            print(
                pad(row.phase, widths.0) + "  " + pad(row.measure, widths.1) + "  " + pad(row.ours, widths.2) + "  "
                    + pad(row.baseline, widths.3) + "  " + pad(row.ratio, widths.4) + "  " + row.target)
        }
    }
}
