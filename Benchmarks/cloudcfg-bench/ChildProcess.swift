#if canImport(Glibc)
    import Glibc
#endif

/// One run of a program: its wall time, its peak resident memory (`ru_maxrss` from `wait4`, in
/// KiB, as `/usr/bin/time -f %M` reports it), its exit status and what it printed.
struct ChildRun {
    var seconds: Double
    var peakKiB: Int
    var status: Int32
    var output: String

    /// The number a child printed on a line `name value`, such as its own timing of its loop.
    func value(_ name: String) -> Double? {
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: " ")
            if fields.count == 2, fields[0] == name { return Double(fields[1]) }
        }
        return nil
    }
}

/// Runs programs with standard input from /dev/null, standard error discarded and standard output
/// kept (or discarded), through `measure` (`Benchmarks/baselines/measure.c`), which times each from
/// fork to exit and reports its peak resident memory as it would be on its own.
enum ChildProcess {
    /// Runs a program found on `PATH` or at a path.
    ///
    /// - Parameters:
    ///   - arguments: The program and its arguments.
    ///   - measure: The path of the `measure` program.
    ///   - keepOutput: Whether to keep standard output (through a temporary file) or send it to
    ///     /dev/null, as a linter's findings are when only its speed matters.
    ///   - keepErrors: Whether standard error goes to the kept output too (for messages to show).
    static func run(_ arguments: [String], measure: String, keepOutput: Bool = true, keepErrors: Bool = false)
        throws(BenchError) -> ChildRun
    {
        let outputPath = "/tmp/cloudcfg-bench-\(getpid()).out"
        let reportPath = "/tmp/cloudcfg-bench-\(getpid()).report"
        defer { unlink(reportPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, keepOutput ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if keepOutput && keepErrors {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = ([measure, reportPath] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, measure, &actions, nil, argv, environ)
        guard spawned == 0 else { throw BenchError("cannot run \(measure): error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw BenchError("cannot wait for \(arguments[0])") }
        }
        let report = ChildRun(
            seconds: 0, peakKiB: 0, status: 0,
            output: String(decoding: BenchFile.read(reportPath) ?? [], as: UTF8.self))
        guard let seconds = report.value("seconds"), let peak = report.value("peak_kib"),
            let exitStatus = report.value("status")
        else {
            throw BenchError("\(measure) could not run \(arguments.joined(separator: " ")) (status \(status))")
        }
        var output = ""
        if keepOutput {
            output = String(decoding: BenchFile.read(outputPath) ?? [], as: UTF8.self)
            unlink(outputPath)
        }
        return ChildRun(seconds: seconds, peakKiB: Int(peak), status: Int32(exitStatus), output: output)
    }

    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }
}
