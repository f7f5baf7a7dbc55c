import Foundation
import TestSupport
import Testing

/// Runs the real consumers cloudcfg is judged against: Debian's Python packages (PyYAML,
/// cloud-init), `waagent` and `ignition-validate`.
///
/// An oracle test runs wherever its oracle is installed. Under CI (`CI=true`) a missing oracle is
/// a failure, never a skip: `.ci/run` and the README's test set-up install them.
enum Oracle {
    /// Debian's interpreter, which has Debian's Python packages.
    static let python = DebianPython.path

    /// Whether tests run under CI, where every oracle must be present.
    static var isCI: Bool { DebianPython.isCI }

    /// Whether a Python module imports under Debian's interpreter.
    static func hasPythonModule(_ module: String) -> Bool { DebianPython.hasModule(module) }

    /// Whether PyYAML is installed (`python3-yaml`).
    static let hasPyYAML = hasPythonModule("yaml")
    /// Whether cloud-init is installed (`cloud-init`).
    static let hasCloudInit = hasPythonModule("cloudinit.config.schema")

    /// Whether a test that needs an oracle should run: when it is installed, and always under CI
    /// (where its absence must fail the run).
    static func shouldRun(_ available: Bool) -> Bool { DebianPython.shouldRun(available) }

    /// The result of running a program.
    typealias Output = Subprocess.Output

    /// Runs a program with arguments and optional standard input.
    static func run(_ executable: String, _ arguments: [String], input: Data = Data()) throws -> Output {
        try Subprocess.run(executable, arguments, input: input)
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
