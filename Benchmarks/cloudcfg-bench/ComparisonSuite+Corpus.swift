import CloudConfig

extension ComparisonSuite {
    /// (a) The library linting the generated corpus (1,000 cloud-configs of 1–3 KB) in one
    /// process (`cloudcfg-bench lint-corpus`), against cloud-init's best in-process case on the
    /// same files (`Benchmarks/baselines/cloud_init_inprocess.py`): both read the files and build
    /// their checker first, then time one pass; rounds alternate which runs first. libyaml's bare
    /// event parse of the same files, one parser per file, is timed in each round too: no linter
    /// that reads YAML with libyaml can be faster than it, so it shows how far the target is.
    mutating func corpus() throws(BenchError) {
        print("\n(a) lint \(corpusSize) typical cloud-configs in one process")
        let (directory, _) = try writeCorpus()
        let ours = [bench, "lint-corpus", directory]
        let theirs = [python, cloudInitScript, directory]
        let floor = [libyamlEvents] + BenchFile.files(in: directory).map { directory + "/" + $0 }
        var runs: (ours: [ChildRun], theirs: [ChildRun], floor: [ChildRun]) = ([], [], [])
        let count = roundCount(5)
        for round in 1...count {
            // Alternate which goes first, so that neither always runs on a warmer machine.
            if round % 2 == 1 {
                runs.ours.append(try checked(ours))
                runs.theirs.append(try checked(theirs))
            } else {
                runs.theirs.append(try checked(theirs))
                runs.ours.append(try checked(ours))
            }
            runs.floor.append(try checked(floor))
            print(
                "  round \(round)/\(count): cloudcfg \(formatSeconds(runs.ours[round - 1].value("seconds") ?? .nan)), "
                    + "cloud-init \(formatSeconds(runs.theirs[round - 1].value("seconds") ?? .nan)), "
                    + "libyaml's parse \(formatSeconds(runs.floor[round - 1].value("seconds") ?? .nan))")
        }
        if let last = runs.ours.last, let theirs = runs.theirs.last {
            print(
                "  findings: cloudcfg \(Int(last.value("errors") ?? -1)) errors, "
                    + "\(Int(last.value("warnings") ?? -1)) warnings; "
                    + "cloud-init \(Int(theirs.value("problems") ?? -1)) errors and deprecations")
        }
        let loop = (
            ours: median(runs.ours.compactMap { $0.value("seconds") }),
            theirs: median(runs.theirs.compactMap { $0.value("seconds") })
        )
        rows.append(
            Row(
                phase: "(a)", measure: "\(corpusSize) configs, one process: the lint loop, one core",
                ours: formatSeconds(loop.ours), baseline: formatSeconds(loop.theirs),
                ratio: format(loop.theirs / loop.ours, decimals: 1) + "x faster", target: ">= 30x (at least 20x)"))
        let floorSeconds = median(runs.floor.compactMap { $0.value("seconds") })
        rows.append(
            Row(
                phase: "", measure: "  the same loop against libyaml's bare event parse of the files",
                ours: formatSeconds(loop.ours), baseline: formatSeconds(floorSeconds),
                ratio: format(loop.ours / floorSeconds, decimals: 1) + "x the parse",
                target: "30x = " + format(loop.theirs / 30 / floorSeconds, decimals: 1) + "x the parse"))
        let parallel = median(runs.ours.compactMap { $0.value("parallel") })
        rows.append(
            Row(
                phase: "", measure: "  the lint loop on every core (\(Workers.count) cores), same process",
                ours: formatSeconds(parallel), baseline: formatSeconds(loop.theirs),
                ratio: format(loop.theirs / parallel, decimals: 1) + "x faster", target: ""))
        rows.append(
            Row(
                phase: "", measure: "  the whole process (start-up, reading, set-up, both passes)",
                ours: formatSeconds(median(runs.ours.map(\.seconds))),
                baseline: formatSeconds(median(runs.theirs.map(\.seconds))),
                ratio: format(median(runs.theirs.map(\.seconds)) / median(runs.ours.map(\.seconds)), decimals: 1)
                    + "x faster", target: ""))
        rows.append(
            Row(
                phase: "", measure: "  peak memory", ours: formatKiB(median(runs.ours.map(\.peakKiB))),
                baseline: formatKiB(median(runs.theirs.map(\.peakKiB))), ratio: "", target: ""))
    }
}
