public import Foundation

/// Runs the built `cloudcfg` executable, which `swift test` builds next to the test bundle: the
/// one way both test targets start the tool.
public enum CLIRunner {
    /// Why the executable was not found.
    public struct NotFound: Error, CustomStringConvertible {
        /// Where it was looked for.
        public var description: String
    }

    /// The `cloudcfg` executable in the build directory.
    ///
    /// - Throws: `NotFound` when it is not next to the test bundle.
    public static var executable: URL {
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
                    + candidates.map(\.path).joined(separator: ", ") + "); run `swift build` first")
        }
    }

    /// Runs `cloudcfg`.
    ///
    /// - Parameters:
    ///   - arguments: Its arguments.
    ///   - input: Standard input.
    ///   - workingDirectory: The directory to run in (where `.cloudcfg.yaml` is looked for); the
    ///     test's own when `nil`.
    ///   - environment: Variables set on top of the test's environment.
    /// - Returns: The exit status and output.
    /// - Throws: When the executable is missing or cannot be started.
    public static func run(
        _ arguments: [String], input: Data = Data(), workingDirectory: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> Subprocess.Output {
        try Subprocess.run(
            try executable.path, arguments, input: input, workingDirectory: workingDirectory, environment: environment)
    }
}
