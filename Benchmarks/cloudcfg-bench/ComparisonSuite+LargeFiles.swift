extension ComparisonSuite {
    /// (c) A 5 MiB and a 50 MiB cloud-config: the library's lint in process
    /// (`cloudcfg-bench lint-file`, reading excluded) against libyaml's bare event parse of the
    /// same bytes (`Benchmarks/baselines/libyaml_events.c`, reading excluded), and `cloudcfg lint
    /// FILE` against the bare parser's whole process; peak memory of each, and the CLI's as a
    /// multiple of the input's size.
    mutating func large() throws(BenchError) {
        for mebibytes in largeSizes {
            print("\n(c) one \(mebibytes) MiB cloud-config against libyaml's bare event parse")
            let (path, bytes) = try writeLarge(mebibytes: mebibytes)
            let inputKiB = bytes / 1024
            let floor = [libyamlEvents, path]
            let library = [bench, "lint-file", path]
            let command = [cloudcfg, "lint", path]
            var runs: (floor: [ChildRun], library: [ChildRun], cli: [ChildRun]) = ([], [], [])
            let count = roundCount(mebibytes >= 20 ? 3 : 5)
            for round in 1...count {
                runs.floor.append(try checked(floor))
                runs.library.append(try checked(library))
                let cli = try run(command, keepOutput: false)
                guard cli.status == 0 else { throw BenchError("cloudcfg lint \(path) exited with \(cli.status)") }
                runs.cli.append(cli)
                print(
                    "  round \(round)/\(count): bare parse \(formatSeconds(runs.floor[round - 1].value("seconds") ?? .nan)), "
                        + "library lint \(formatSeconds(runs.library[round - 1].value("seconds") ?? .nan)), "
                        + "cloudcfg lint \(formatSeconds(cli.seconds))")
            }
            if let last = runs.library.last {
                print(
                    "  findings: \(Int(last.value("errors") ?? -1)) errors, \(Int(last.value("warnings") ?? -1)) warnings; "
                        + "events: \(Int(runs.floor.last?.value("events") ?? -1))")
            }
            let floorLoop = median(runs.floor.compactMap { $0.value("seconds") })
            let libraryLoop = median(runs.library.compactMap { $0.value("seconds") })
            let floorWall = median(runs.floor.map(\.seconds))
            let cliWall = median(runs.cli.map(\.seconds))
            let peaks = (
                floor: median(runs.floor.map(\.peakKiB)), library: median(runs.library.map(\.peakKiB)),
                cli: median(runs.cli.map(\.peakKiB))
            )
            rows.append(
                Row(
                    phase: "(c)", measure: "\(mebibytes) MiB: library lint vs bare parse (in process)",
                    ours: formatSeconds(libraryLoop), baseline: formatSeconds(floorLoop),
                    ratio: format(libraryLoop / floorLoop, decimals: 1) + "x the floor", target: "<= 2x (at most 3x)"))
            rows.append(
                Row(
                    phase: "", measure: "  cloudcfg lint FILE vs the bare parse's process",
                    ours: formatSeconds(cliWall), baseline: formatSeconds(floorWall),
                    ratio: format(cliWall / floorWall, decimals: 1) + "x the floor", target: "<= 2x (at most 3x)"))
            rows.append(
                Row(
                    phase: "", measure: "  peak memory: library, CLI (bare parse; input \(formatKiB(inputKiB)))",
                    ours: formatKiB(peaks.library) + ", " + formatKiB(peaks.cli), baseline: formatKiB(peaks.floor),
                    ratio: format(Double(peaks.cli) / Double(inputKiB), decimals: 1) + "x the input (CLI)",
                    target: mebibytes >= 50 ? "<= 3x the input" : ""))
        }
    }
}
