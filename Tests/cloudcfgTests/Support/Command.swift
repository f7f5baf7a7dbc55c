import Foundation
import TestSupport

/// Runs the built `cloudcfg` executable, which `swift test` builds next to the test bundle.
enum Command {
    /// The result of a run.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    struct NotFound: Error, CustomStringConvertible {
        var description: String
    }

    /// The `cloudcfg` executable in the build directory.
    static var executable: URL {
        get throws {
            var candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            if let executable = Bundle.main.executableURL { candidates.append(executable.deletingLastPathComponent()) }
            candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
            for directory in candidates {
                let url = directory.appendingPathComponent("cloudcfg")
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
            throw NotFound(
                description: "the cloudcfg executable is not next to the test bundle (looked in "
                    + candidates.map(\.path).joined(separator: ", ") + ")")
        }
    }

    /// Runs `cloudcfg` with arguments and standard input.
    static func run(_ arguments: [String], input: Data = Data()) throws -> Output {
        let run = try Subprocess.run(try executable.path, arguments, input: input)
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
