import BenchmarkInputs

#if canImport(Glibc)
    import Glibc
#endif

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
        // The same rounds into memory (tmpfs), where the disk does not count: on a shared machine
        // the disk's speed moves several-fold from minute to minute (`cp -r` of the same tree has
        // taken 0.8 s and 7 s in one session), and the code's own cost is what this reads.
        let memory = BenchFile.isWritableDirectory("/dev/shm") ? "/dev/shm/cloudcfg-bench-\(getpid())" : nil
        if let memory {
            _ = try run(["rm", "-rf", memory], keepOutput: false)
            try BenchFile.makeDirectory(memory)
        }
        defer { if let memory { _ = try? run(["rm", "-rf", memory], keepOutput: false) } }
        let count = roundCount(3)
        /// One round into a directory: `cp -r` of the reference tree, then generate; `nil` when
        /// generate fails (the phase is then skipped with its message).
        func round(_ number: Int, into directory: String) throws(BenchError) -> (copy: ChildRun, generate: ChildRun)? {
            let copied = try run(
                ["cp", "-r", reference + "/" + fleetDistro, directory + "/copy-\(number)"], keepOutput: false)
            guard copied.status == 0 else { throw BenchError("cp -r exited with \(copied.status)") }
            let generated = try run(generate(directory + "/\(number)"), keepErrors: true)
            guard generated.status == 0 else {
                skipGeneration(
                    "cloudcfg generate into \(directory) exited with \(generated.status): "
                        + "\(generated.output.prefix(400))")
                return nil
            }
            print(
                "  round \(number)/\(count)\(directory == runs ? "" : ", into \(directory)"): cloudcfg generate "
                    + "\(formatSeconds(generated.seconds)), cp -r \(formatSeconds(copied.seconds))")
            return (copied, generated)
        }
        var onDisk: [(copy: ChildRun, generate: ChildRun)] = []
        var inMemory: [(copy: ChildRun, generate: ChildRun)] = []
        var versions: [ChildRun] = []
        for number in 1...count {
            versions.append(try run([cloudcfg, "--version"], keepOutput: false))
            guard let disk = try round(number, into: runs) else { return }
            onDisk.append(disk)
            guard let memory else { continue }
            guard let tmpfs = try round(number, into: memory) else { return }
            inMemory.append(tmpfs)
        }
        rows.append(
            timeRow("(d)", "generate \(fleetSize) hosts, \(fleetDistro) (baseline: cp -r of its output)", onDisk))
        if !inMemory.isEmpty {
            rows.append(timeRow("", "  the same into memory (tmpfs /dev/shm; baseline: cp -r into it)", inMemory))
        }
        rows.append(
            Row(
                phase: "", measure: "  start-up (cloudcfg --version)", ours: "",
                baseline: formatSeconds(median(versions.map(\.seconds))), ratio: "", target: ""))
        rows.append(
            Row(
                phase: "", measure: "  peak memory (baseline: cloudcfg --version)",
                ours: formatKiB(median(onDisk.map(\.generate.peakKiB))),
                baseline: formatKiB(median(versions.map(\.peakKiB))), ratio: "", target: ""))
    }

    /// The row of a phase's rounds: generate's median time against `cp -r`'s and the target.
    private func timeRow(_ phase: String, _ measure: String, _ rounds: [(copy: ChildRun, generate: ChildRun)])
        -> Row
    {
        let generateTime = median(rounds.map(\.generate.seconds))
        let copyTime = median(rounds.map(\.copy.seconds))
        return Row(
            phase: phase, measure: measure, ours: formatSeconds(generateTime), baseline: formatSeconds(copyTime),
            ratio: format(generateTime / copyTime, decimals: 1) + "x cp -r, "
                + format(generateTime / 2, decimals: 1) + "x the target", target: "< 2 s")
    }

    private mutating func skipGeneration(_ reason: String) {
        print("  SKIPPED: \(reason)")
        rows.append(
            Row(
                phase: "(d)", measure: "generate \(fleetSize) hosts", ours: "skipped", baseline: "", ratio: "",
                target: "< 2 s"))
    }
}
