public import Foundation

/// Runs programs for tests: the built `cloudcfg` and the oracles.
public enum Subprocess {
    /// What a run printed and how it exited.
    public struct Output: Sendable {
        /// The exit status.
        public var status: Int32
        /// Standard output.
        public var stdout: Data
        /// Standard error.
        public var stderr: Data
        /// Standard output as UTF-8 text.
        public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        /// Standard error as UTF-8 text.
        public var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// Runs a program. Standard input, output and error go through temporary files, so that large
    /// payloads cannot fill a pipe and deadlock.
    ///
    /// - Parameters:
    ///   - executable: The program's path.
    ///   - arguments: Its arguments.
    ///   - input: Standard input.
    ///   - workingDirectory: The directory to run in; the test's own when `nil`.
    ///   - environment: Variables set on top of the test's environment.
    /// - Returns: The exit status and output.
    /// - Throws: When the program cannot be started or the files cannot be written.
    public static func run(
        _ executable: String, _ arguments: [String], input: Data = Data(), workingDirectory: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> Output {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cloudcfg-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inURL = directory.appendingPathComponent("stdin")
        let outURL = directory.appendingPathComponent("stdout")
        let errURL = directory.appendingPathComponent("stderr")
        try input.write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let workingDirectory { process.currentDirectoryURL = workingDirectory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
            stderr: try Data(contentsOf: errURL))
    }
}
