import Foundation
import TestSupport

/// Runs the built `cloudcfg` executable as a subprocess in a scratch directory, for the
/// end-to-end tests of `lint`, `rules`, `explain` and `schema`: unlike `Command.run`, it sets
/// the working directory, where `.cloudcfg.yaml` is looked for.
struct LintHarness: ~Copyable {
    /// What a run printed and how it exited.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A scratch directory, removed when the harness goes away.
    let directory: URL

    /// Creates a scratch directory.
    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cloudcfg-lint-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Writes a file (creating its directories) relative to the scratch directory.
    func write(_ relativePath: String, _ text: String) throws {
        let url = directory.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// The absolute path of a file in the scratch directory.
    func path(_ relativePath: String) -> String { directory.appendingPathComponent(relativePath).path }

    func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: directory.appendingPathComponent(relativePath))
    }

    /// Runs `cloudcfg` with the scratch directory (or a directory in it) as the working directory.
    func run(_ arguments: [String], stdin: String = "", in subdirectory: String? = nil) throws -> Run {
        try Self.run(
            arguments, stdin: stdin,
            workingDirectory: subdirectory.map { directory.appendingPathComponent($0) } ?? directory)
    }

    /// Runs `cloudcfg` with `NO_COLOR` set; standard input, output and error go through files, so
    /// that large outputs cannot fill a pipe.
    static func run(_ arguments: [String], stdin: String = "", workingDirectory: URL) throws -> Run {
        let run = try CLIRunner.run(
            arguments, input: Data(stdin.utf8), workingDirectory: workingDirectory, environment: ["NO_COLOR": "1"])
        return Run(status: run.status, stdout: run.stdoutText, stderr: run.stderrText)
    }

    /// Runs any program, with `NO_COLOR` set.
    static func run(_ program: String, _ arguments: [String], stdin: String = "", workingDirectory: URL) throws
        -> Run
    {
        let run = try Subprocess.run(
            program, arguments, input: Data(stdin.utf8), workingDirectory: workingDirectory,
            environment: ["NO_COLOR": "1"])
        return Run(status: run.status, stdout: run.stdoutText, stderr: run.stderrText)
    }

    /// Debian's interpreter, with Debian's Python packages (python3-jsonschema).
    static let python = DebianPython.path

    /// Whether a Python module imports under Debian's interpreter.
    static func hasPythonModule(_ module: String) -> Bool { DebianPython.hasModule(module) }

    /// Whether tests run under CI, where a missing oracle fails instead of skipping.
    static var isCI: Bool { DebianPython.isCI }
}
