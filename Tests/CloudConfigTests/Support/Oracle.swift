import Foundation
import Testing

/// Runs the real consumers cloudcfg is judged against: Debian's Python packages (PyYAML,
/// cloud-init), `waagent` and `ignition-validate`.
///
/// An oracle test runs wherever its oracle is installed. Under CI (`CI=true`) a missing oracle is
/// a failure, never a skip: `.ci/run` and the README's test set-up install them.
enum Oracle {
    /// Debian's interpreter, which has Debian's Python packages; the `python3` first on `PATH`
    /// may be another interpreter without them.
    static let python = "/usr/bin/python3"

    /// Whether tests run under CI, where every oracle must be present.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether a Python module imports under Debian's interpreter.
    static func hasPythonModule(_ module: String) -> Bool {
        guard FileManager.default.isExecutableFile(atPath: python) else { return false }
        return (try? run(python, ["-c", "import \(module)"]))?.status == 0
    }

    /// Whether PyYAML is installed (`python3-yaml`).
    static let hasPyYAML = hasPythonModule("yaml")
    /// Whether cloud-init is installed (`cloud-init`).
    static let hasCloudInit = hasPythonModule("cloudinit.config.schema")

    /// Whether a test that needs an oracle should run: when it is installed, and always under CI
    /// (where its absence must fail the run).
    static func shouldRun(_ available: Bool) -> Bool { available || isCI }

    /// The result of running a program.
    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: Data
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// Runs a program with arguments and optional standard input. Input and output go through
    /// temporary files, so that large payloads cannot fill a pipe and deadlock.
    static func run(_ executable: String, _ arguments: [String], input: Data = Data()) throws -> Output {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "cloudcfg-oracle-\(UUID().uuidString)")
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
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
            stderr: try Data(contentsOf: errURL))
    }

    /// Runs a Python script under Debian's interpreter with JSON on standard input and returns its
    /// standard output parsed as JSON.
    static func pythonJSON(_ script: String, input: Any) throws -> Any {
        let data = try JSONSerialization.data(withJSONObject: input)
        let output = try run(python, ["-c", script], input: data)
        guard output.status == 0 else {
            throw OracleError(message: "python exited \(output.status): \(output.stderrText)")
        }
        return try JSONSerialization.jsonObject(with: output.stdout, options: [.fragmentsAllowed])
    }
}

extension Oracle {
    /// The PyYAML side of the oracle tests (`Fixtures/oracle/pyyaml_oracle.py`): cloud-init's
    /// loader, answering in the Show JSON contract.
    static var pyyamlScript: String {
        get throws { try Fixtures.url("oracle/pyyaml_oracle.py").path }
    }

    /// Runs a command of the PyYAML oracle script with a JSON request.
    ///
    /// - Parameters:
    ///   - command: `scalars`, `load` or `examples`.
    ///   - request: The request, a JSON object.
    /// - Returns: The answer, a JSON object.
    static func pyyaml(_ command: String, _ request: [String: Any]) throws -> [String: Any] {
        let data = try JSONSerialization.data(withJSONObject: request)
        let output = try run(python, [try pyyamlScript, command], input: data)
        guard output.status == 0 else {
            throw OracleError(message: "pyyaml_oracle.py \(command) exited \(output.status): \(output.stderrText)")
        }
        guard let answer = try JSONSerialization.jsonObject(with: output.stdout) as? [String: Any] else {
            throw OracleError(message: "pyyaml_oracle.py \(command) did not answer with an object")
        }
        return answer
    }

    /// What cloud-init's loader makes of a file: the Show JSON of the value, or an error.
    enum Loaded: CustomStringConvertible {
        case value(JSONTree)
        case error(String)

        var description: String {
            switch self {
            case .value(let tree): "\(tree)"
            case .error(let message): "error: \(message)"
            }
        }
    }

    /// Loads files with cloud-init's loader, in one Python process.
    static func load(paths: [String]) throws -> [Loaded] {
        let answer = try pyyaml("load", ["paths": paths])
        guard let results = answer["results"] as? [[String: String]], results.count == paths.count else {
            throw OracleError(message: "pyyaml_oracle.py load gave no result per path")
        }
        return try results.map { result in
            if let json = result["json"] { return .value(try JSONTree.parse(json)) }
            return .error(result["error"] ?? "unknown error")
        }
    }
}

/// An oracle that could not be run.
struct OracleError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
