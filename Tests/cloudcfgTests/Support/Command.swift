import Foundation
import TestSupport

/// Runs the built `cloudcfg` (through `CLIRunner`) and makes input files for it.
enum Command {
    /// The result of a run.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `cloudcfg` with arguments and standard input.
    static func run(_ arguments: [String], input: Data = Data()) throws -> Output {
        let run = try CLIRunner.run(arguments, input: input)
        return Output(status: run.status, stdout: run.stdoutText, stderr: run.stderrText)
    }

    /// A temporary file with the given bytes; removed by the caller.
    static func temporaryFile(_ bytes: [UInt8], name: String = "user-data.yaml") throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cloudcfg-in-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    static func temporaryFile(_ text: String, name: String = "user-data.yaml") throws -> URL {
        try temporaryFile(Array(text.utf8), name: name)
    }

    static func remove(_ file: URL) {
        try? FileManager.default.removeItem(at: file.deletingLastPathComponent())
    }
}
