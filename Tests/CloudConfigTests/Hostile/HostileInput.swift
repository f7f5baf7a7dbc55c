import CloudConfig
import Foundation
import TestSupport
import Testing

/// What the hostile-input tests share: linting in process, and running `cloudcfg lint` on a
/// generated file with its peak memory measured. Inputs are generated in the test, never
/// committed.
enum HostileInput {
    /// `#cloud-config` and a newline, the header every generated user-data starts with.
    static let header = "#cloud-config\n"

    /// Lints bytes as user-data.
    static func lint(_ bytes: [UInt8], path: String = "hostile.yaml") -> LintResult {
        Linter().lint(SourceFile(path: path, bytes: bytes))
    }

    /// Lints text as user-data.
    static func lint(_ text: String) -> LintResult { lint(Array(text.utf8)) }

    /// The findings of a rule.
    static func findings(_ result: LintResult, _ rule: RuleID) -> [Diagnostic] {
        result.diagnostics.filter { $0.ruleID == rule }
    }

    /// A run of `cloudcfg`, with its peak memory when it could be measured.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        /// Peak resident memory in bytes; `nil` only outside CI when Debian's Python is missing.
        var peakBytes: Int?
    }

    /// Writes bytes to a temporary file, runs `cloudcfg` with the arguments and the file's path
    /// last, and removes the file.
    static func cli(_ arguments: [String], bytes: [UInt8], name: String = "user-data.yaml") throws -> Run {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cloudcfg-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        if DebianPython.shouldRun(PeakMemory.isAvailable) {
            let run = try PeakMemory.runCLI(arguments + [file.path])
            return Run(status: run.status, stdout: run.stdout, stderr: run.stderr, peakBytes: run.peakBytes)
        }
        let run = try CLIRunner.run(arguments + [file.path], environment: ["NO_COLOR": "1"])
        return Run(status: run.status, stdout: run.stdoutText, stderr: run.stderrText, peakBytes: nil)
    }

    /// Checks a run's peak memory against `factor` times the input plus `constant` MiB.
    static func expectPeak(
        _ run: Run, input: Int, factor: Int, plusMiB constant: Int, _ label: String,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard let peak = run.peakBytes else { return }
        var bound = factor * input + constant << 20
        // Under a sanitizer (`scripts/sanitize`), the cloudcfg the tests run is instrumented too:
        // AddressSanitizer adds shadow memory, redzones and a 256 MiB quarantine of freed blocks
        // (measured: at most 2.6 times the plain bound); ThreadSanitizer documents 5 to 10 times.
        if dlsym(nil, "__asan_init") != nil { bound = 2 * bound + 256 << 20 }
        if dlsym(nil, "__tsan_init") != nil { bound *= 10 }
        #expect(
            peak <= bound,
            "\(label): peak \(peak >> 20) MiB for \(input >> 20) MiB of input; the bound is \(bound >> 20)",
            sourceLocation: sourceLocation)
    }
}
