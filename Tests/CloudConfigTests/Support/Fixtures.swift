import Foundation

/// The test fixtures, copied into the test bundle (`Tests/CloudConfigTests/Fixtures`).
enum Fixtures {
    /// The fixtures directory.
    static var directory: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw OracleError(message: "the Fixtures directory is missing from the test bundle")
            }
            return url
        }
    }

    /// A fixture file.
    static func url(_ relativePath: String) throws -> URL {
        try directory.appendingPathComponent(relativePath)
    }

    /// The contents of a fixture file.
    static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: url(relativePath))
    }

    /// The YAML files of the tricky-input corpus (`Fixtures/yaml`), by name.
    static func yamlCorpus() throws -> [URL] {
        let directory = try url("yaml")
        return try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The names of the corpus files, for `@Test(arguments:)`.
    static var yamlCorpusNames: [String] {
        ((try? yamlCorpus()) ?? []).map(\.lastPathComponent)
    }
}

/// A deterministic random number generator (SplitMix64), so that generated corpora are the same
/// on every run and a failure can be reproduced.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
