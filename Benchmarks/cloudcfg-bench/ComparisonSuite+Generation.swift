import BenchmarkInputs

extension ComparisonSuite {
    /// (d) `cloudcfg generate` for a fleet of 10,000 hosts (issue 10, item 1(d): under 2 s, with
    /// peak memory), next to `cloudcfg --version` as the start-up reference: the azure-fleet
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
        let output = work + "/generated"
        let commands: [(String, [String])] = [
            ("cloudcfg --version", [cloudcfg, "--version"]),
            (
                "cloudcfg generate",
                [
                    cloudcfg, "generate", fleetProfile, "--distro", fleetDistro, "--inventory", inventory,
                    "--out", output, "--force",
                ]
            ),
        ]
        print("  \(commands[1].1.joined(separator: " "))")
        var runs = [[ChildRun]](repeating: [], count: commands.count)
        let count = roundCount(3)
        for round in 1...count {
            for (index, command) in commands.enumerated() {
                let run = try run(command.1, keepErrors: true)
                guard run.status == 0 else {
                    skipGeneration(
                        "\(command.0) exited with \(run.status): \(run.output.prefix(400)); the hook's inventory "
                            + "or command line does not fit `generate` yet")
                    return
                }
                runs[index].append(run)
            }
            print("  round \(round)/\(count): cloudcfg generate \(formatSeconds(runs[1][round - 1].seconds))")
        }
        let medians = runs.map { median($0.map(\.seconds)) }
        rows.append(
            Row(
                phase: "(d)", measure: "generate \(fleetSize) hosts, \(fleetDistro) (baseline: cloudcfg --version)",
                ours: formatSeconds(medians[1]), baseline: formatSeconds(medians[0]),
                ratio: format(medians[1] / 2, decimals: 1) + "x the target", target: "< 2 s"))
        rows.append(
            Row(
                phase: "", measure: "  peak memory", ours: formatKiB(median(runs[1].map(\.peakKiB))),
                baseline: formatKiB(median(runs[0].map(\.peakKiB))), ratio: "", target: ""))
    }

    private mutating func skipGeneration(_ reason: String) {
        print("  SKIPPED: \(reason)")
        rows.append(
            Row(
                phase: "(d)", measure: "generate \(fleetSize) hosts", ours: "skipped", baseline: "", ratio: "",
                target: "< 2 s"))
    }
}
