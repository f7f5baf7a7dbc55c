public import Foundation

/// Runs the built `cloudcfg` and reports its peak resident memory, for the hostile-input tests'
/// memory bounds (memory is asserted, never time).
///
/// The test process cannot read the figure itself: a child started with `posix_spawn` (as
/// `Process` does) shares the test's memory until it executes, and Linux counts the test's own
/// high-water mark into the child's `ru_maxrss`. So a small intermediary, Debian's Python, forks
/// (its own few megabytes are what it leaves in the count), runs the program, and prints the
/// child's `ru_maxrss` from `wait4`, in KiB.
public enum PeakMemory {
    /// A run of `cloudcfg`: how it exited, what it printed, and its peak resident memory.
    public struct Run: Sendable {
        /// The exit status.
        public var status: Int32
        /// Standard output.
        public var stdout: String
        /// Standard error.
        public var stderr: String
        /// The peak resident memory in bytes.
        public var peakBytes: Int
    }

    /// Why a measured run failed.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public var description: String
    }

    /// Whether the intermediary is installed; under CI it must be (`.ci/run` installs it).
    public static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: DebianPython.path) }

    /// The intermediary's program: fork, run the command with standard input, output and error
    /// redirected to the files given, wait, and print the child's exit status and peak memory.
    static let script = """
        import os, sys
        command, stdin, stdout, stderr = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
        pid = os.fork()
        if pid == 0:
            for fd, path, flags in ((0, stdin, os.O_RDONLY), (1, stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
                                    (2, stderr, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)):
                os.dup2(os.open(path, flags, 0o600), fd)
            try:
                os.execv(command, [command] + sys.argv[5:])
            finally:
                os._exit(127)
        _, status, usage = os.wait4(pid, 0)
        print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)
        """

    /// Runs `cloudcfg` with arguments and measures its peak resident memory.
    ///
    /// - Parameters:
    ///   - arguments: Its arguments.
    ///   - stdin: A file to read standard input from; `/dev/null` when `nil`.
    /// - Returns: The exit status, output and peak memory.
    /// - Throws: When the intermediary or the executable cannot run.
    public static func runCLI(_ arguments: [String], stdin: URL? = nil) throws -> Run {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cloudcfg-peak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("stdout")
        let err = directory.appendingPathComponent("stderr")
        let report = try Subprocess.run(
            DebianPython.path,
            ["-c", script, try CLIRunner.executable.path, stdin?.path ?? "/dev/null", out.path, err.path] + arguments,
            environment: ["NO_COLOR": "1"])
        let fields = report.stdoutText.split(whereSeparator: \.isWhitespace)
        guard report.status == 0, fields.count == 2, let status = Int32(fields[0]), let kib = Int(fields[1]) else {
            throw Failure(description: "the measuring intermediary failed: \(report.stdoutText) \(report.stderrText)")
        }
        return Run(
            status: status, stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self), peakBytes: kib * 1024)
    }
}
