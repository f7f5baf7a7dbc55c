extension ComparisonSuite {
    /// (b) `cloudcfg lint FILE` against `cloud-init schema -c FILE` on the corpus's median file,
    /// whole processes from spawn to exit, with `true` and `cloudcfg --version` as start-up
    /// baselines; two warm-up rounds, then interleaved rounds.
    mutating func cli() throws(BenchError) {
        print("\n(b) one file through the command line")
        let (_, typical) = try writeCorpus()
        let size = BenchFile.read(typical)?.count ?? 0
        print("  file: \(typical) (\(size) bytes)")
        let commands: [(String, [String])] = [
            ("true", ["true"]),
            ("cloudcfg --version", [cloudcfg, "--version"]),
            ("cloudcfg lint FILE", [cloudcfg, "lint", typical]),
            ("cloud-init schema -c FILE", [cloudInit, "schema", "-c", typical]),
        ]
        var runs = [[ChildRun]](repeating: [], count: commands.count)
        // Two warm-up rounds, not counted, then interleaved rounds.
        for _ in 0..<2 { for command in commands { _ = try run(command.1, keepOutput: false) } }
        let count = roundCount(20)
        for _ in 1...count {
            for (index, command) in commands.enumerated() {
                let run = try run(command.1, keepOutput: false)
                guard run.status == 0 else {
                    throw BenchError("\(command.0) exited with \(run.status) on \(typical): the input should be clean")
                }
                runs[index].append(run)
            }
        }
        let medians = runs.map { median($0.map(\.seconds)) }
        for (index, command) in commands.enumerated() {
            print(
                "  \(pad(command.0, 28)) median \(pad(formatSeconds(medians[index]), 10)) "
                    + "peak \(formatKiB(median(runs[index].map(\.peakKiB))))")
        }
        rows.append(
            Row(
                phase: "(b)", measure: "cloudcfg lint FILE vs cloud-init schema -c FILE",
                ours: formatSeconds(medians[2]), baseline: formatSeconds(medians[3]),
                ratio: format(medians[3] / medians[2], decimals: 1) + "x faster", target: ">= 30x"))
        rows.append(
            Row(
                phase: "", measure: "  start-up: true, cloudcfg --version",
                ours: formatSeconds(medians[1]), baseline: formatSeconds(medians[0]), ratio: "", target: ""))
        rows.append(
            Row(
                phase: "", measure: "  peak memory", ours: formatKiB(median(runs[2].map(\.peakKiB))),
                baseline: formatKiB(median(runs[3].map(\.peakKiB))), ratio: "", target: ""))
    }
}
