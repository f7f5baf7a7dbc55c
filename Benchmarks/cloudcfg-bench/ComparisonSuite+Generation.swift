import BenchmarkInputs

extension ComparisonSuite {
    /// (d) `cloudcfg generate` for a fleet of 10,000 hosts (issue 10, item 1(d): under 2 s, with
    /// peak memory), next to `cp -r` of the tree it writes (the floor for creating those files)
    /// and `cloudcfg --version` (the start-up reference), measured in the same rounds: the azure-fleet
    /// example's profile (`--profile`) for one distribution (`--distro`, Debian 12 by default),
    /// with an inventory grown from the example's own (``FleetInventory``), so that its columns
    /// are the variables the profile declares.
    ///
    /// A thin hook: it runs when the build's `cloudcfg generate --help` offers `--inventory` and
    /// otherwise prints SKIPPED and why; a run that fails is reported as skipped with generate's
    /// message, not hidden. What an engineer may want to add: several distributions, or
    /// `--distro all`, and the size of what was written.
    mutating func generation() throws(BenchError) {
        print("\n(d) generate for \(fleetSize) hosts")
        let help = try run([cloudcfg, "generate", "--help"], keepErrors: true)
        guard help.status == 0, help.output.contains("--inventory") else {
            skipGeneration(
                "this cloudcfg has no `generate --inventory` (\(cloudcfg)); the phase is a hook that runs once "
                    + "it does (Benchmarks/cloudcfg-bench/ComparisonSuite+Generation.swift)")
            return
        }
        guard BenchFile.read(fleetProfile) != nil, let sample = BenchFile.read(fleetSample) else {
            skipGeneration("no profile at \(fleetProfile) or no inventory at \(fleetSample) (--profile, --inventory)")
            return
        }
        let inventory = work + "/inventory-\(fleetSize).csv"
        let csv: String
        do {
            csv = try FleetInventory.csv(hosts: fleetSize, from: String(decoding: sample, as: UTF8.self))
        } catch {
            skipGeneration("\(fleetSample): \(error)")
            return
        }
        try BenchFile.write(Array(csv.utf8), to: inventory)
        // Every round writes a new directory and the trees are removed only at the end: with
        // `--force` into one directory, each round would also time removing the tree the round
        // before wrote (20,000 unlinks), and ext4 hands out the inodes of a tree removed seconds
        // before only after scanning past them. Neither is writing the fleet's files.
        let runs = work + "/generated"
        _ = try run(["rm", "-rf", runs], keepOutput: false)
        try BenchFile.makeDirectory(runs)
        defer { _ = try? run(["rm", "-rf", runs], keepOutput: false) }
        func generate(_ output: String) -> [String] {
            [cloudcfg, "generate", fleetProfile, "--distro", fleetDistro, "--inventory", inventory, "--out", output]
        }
        // The tree `cp -r` copies: the physical floor for creating those directories and files.
        let reference = runs + "/reference"
        let first = try run(generate(reference), keepErrors: true)
        guard first.status == 0 else {
            skipGeneration(
                "cloudcfg generate exited with \(first.status): \(first.output.prefix(400)); the hook's inventory "
                    + "or command line does not fit `generate` yet")
            return
        }
        print("  \(generate(runs + "/N").joined(separator: " "))")
        var times: (version: [ChildRun], copy: [ChildRun], generate: [ChildRun]) = ([], [], [])
        let count = roundCount(3)
        for round in 1...count {
            times.version.append(try run([cloudcfg, "--version"], keepOutput: false))
            let copied = try run(
                ["cp", "-r", reference + "/" + fleetDistro, runs + "/copy-\(round)"], keepOutput: false)
            guard copied.status == 0 else { throw BenchError("cp -r exited with \(copied.status)") }
            times.copy.append(copied)
            let generated = try run(generate(runs + "/\(round)"), keepErrors: true)
            guard generated.status == 0 else {
                skipGeneration("cloudcfg generate exited with \(generated.status): \(generated.output.prefix(400))")
                return
            }
            times.generate.append(generated)
            print(
                "  round \(round)/\(count): cloudcfg generate \(formatSeconds(generated.seconds)), "
                    + "cp -r \(formatSeconds(copied.seconds))")
        }
        let generateTime = median(times.generate.map(\.seconds))
        let copyTime = median(times.copy.map(\.seconds))
        rows.append(
            Row(
                phase: "(d)", measure: "generate \(fleetSize) hosts, \(fleetDistro) (baseline: cp -r of its output)",
                ours: formatSeconds(generateTime), baseline: formatSeconds(copyTime),
                ratio: format(generateTime / copyTime, decimals: 1) + "x cp -r, "
                    + format(generateTime / 2, decimals: 1) + "x the target", target: "< 2 s"))
        rows.append(
            Row(
                phase: "", measure: "  start-up (cloudcfg --version)", ours: "",
                baseline: formatSeconds(median(times.version.map(\.seconds))), ratio: "", target: ""))
        rows.append(
            Row(
                phase: "", measure: "  peak memory (baseline: cloudcfg --version)",
                ours: formatKiB(median(times.generate.map(\.peakKiB))),
                baseline: formatKiB(median(times.version.map(\.peakKiB))), ratio: "", target: ""))
    }

    private mutating func skipGeneration(_ reason: String) {
        print("  SKIPPED: \(reason)")
        rows.append(
            Row(
                phase: "(d)", measure: "generate \(fleetSize) hosts", ours: "skipped", baseline: "", ratio: "",
                target: "< 2 s"))
    }
}
