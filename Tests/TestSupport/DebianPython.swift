import Foundation

/// Debian's Python, whose packages (python3-yaml, cloud-init, python3-jsonschema) are the oracles.
///
/// An oracle test runs wherever its oracle is installed; under CI (`CI=true`) a missing oracle is
/// a failure, never a skip: `.ci/run` and the README's test set-up install them.
public enum DebianPython {
    /// Debian's interpreter; the `python3` first on `PATH` may be another one without Debian's
    /// packages.
    public static let path = "/usr/bin/python3"

    /// Whether tests run under CI, where every oracle must be present.
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether a module imports under Debian's interpreter.
    ///
    /// - Parameter module: A module name, such as `yaml`.
    /// - Returns: `true` when `import module` succeeds.
    public static func hasModule(_ module: String) -> Bool {
        guard FileManager.default.isExecutableFile(atPath: path) else { return false }
        return (try? Subprocess.run(path, ["-c", "import \(module)"]))?.status == 0
    }

    /// Whether a test that needs an oracle should run: when it is installed, and always under CI,
    /// where its absence must fail the run.
    ///
    /// - Parameter available: Whether the oracle is installed.
    /// - Returns: Whether to run the test.
    public static func shouldRun(_ available: Bool) -> Bool { available || isCI }
}
