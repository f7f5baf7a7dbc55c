import Foundation

/// Runs the built `cloudcfg` executable, which `swift test` builds next to the test bundle.
enum CLI {
    /// The `cloudcfg` executable in the build directory.
    static var executable: URL {
        get throws {
            var candidates: [URL] = []
            if let resources = Bundle.module.resourceURL {
                candidates.append(resources.deletingLastPathComponent())
            }
            candidates.append(Bundle.main.bundleURL)
            candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
            for directory in candidates {
                let url = directory.appendingPathComponent("cloudcfg")
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
            throw OracleError(
                message: "the cloudcfg executable is not next to the test bundle (looked in "
                    + candidates.map(\.path).joined(separator: ", ") + "); run `swift build` first")
        }
    }

    /// Runs `cloudcfg` with arguments and standard input.
    static func run(_ arguments: [String], input: Data = Data()) throws -> Oracle.Output {
        try Oracle.run(try executable.path, arguments, input: input)
    }
}
