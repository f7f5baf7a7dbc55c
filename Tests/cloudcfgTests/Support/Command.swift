import Foundation

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

    /// Runs `cloudcfg` with arguments and standard input; output goes through files so that a
    /// large output cannot fill a pipe.
    static func run(_ arguments: [String], input: Data = Data()) throws -> Output {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cloudcfg-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let inURL = directory.appendingPathComponent("stdin")
        let outURL = directory.appendingPathComponent("stdout")
        let errURL = directory.appendingPathComponent("stderr")
        try input.write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = try executable
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
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
