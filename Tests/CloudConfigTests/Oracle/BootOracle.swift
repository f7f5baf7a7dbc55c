import Foundation
import TestSupport

@testable import CloudConfig

/// cloud-init's own modules at boot, through `Fixtures/oracle/boot_oracle.py` (see its header for
/// what it replaces: commands are recorded, not run, and files go to a temporary directory), with
/// the cases of `Fixtures/oracle/boot-cases.json`; cloud-init 26.2's answers are recorded in
/// `Fixtures/oracle/boot-26.2.json` by `scripts/dev/record-boot-26.2.py`.
enum BootOracle {
    /// What the users_groups module did with one cloud-config.
    struct Users: Equatable, CustomStringConvertible {
        /// The exception that ended the module, as `Type: message`.
        var error: String?
        /// The users it created, in order.
        var created: [String]
        /// The sudoers rule lines it wrote.
        var sudoers: [String]
        /// The users whose SSH keys it installed.
        var keys: [String]

        init(_ object: [String: Any]) {
            error = object["error"] as? String
            created = object["created"] as? [String] ?? []
            sudoers = object["sudoers"] as? [String] ?? []
            keys = object["keys"] as? [String] ?? []
        }

        /// Whether the module failed on a sudo value that is not a rule.
        var failedOnSudo: Bool { error?.contains("Can not create sudoers rule addition") ?? false }

        var description: String {
            "error \(error ?? "none"), created \(created), sudoers \(sudoers), keys for \(keys)"
        }
    }

    /// The committed cases.
    struct Cases {
        /// Cloud-configs, without their first line.
        var users: [String]
        /// Depths of `k: [[...]]` whose write-back is checked.
        var writesBack: [Int]
    }

    static func cases() throws -> Cases {
        let object = try JSONSerialization.jsonObject(with: try Fixtures.data("oracle/boot-cases.json"))
        guard let cases = object as? [String: Any], let users = cases["users"] as? [String],
            let depths = cases["writesBack"] as? [Int]
        else { throw OracleError(message: "boot-cases.json has no users or writesBack") }
        return Cases(users: users, writesBack: depths)
    }

    /// The cloud-config of a write-back case; `scripts/dev/record-boot-26.2.py` builds the same.
    static func nested(_ depth: Int) -> String {
        "#cloud-config\nk: " + String(repeating: "[", count: depth - 1) + "x" + String(repeating: "]", count: depth - 1)
            + "\n"
    }

    /// Runs a command of the oracle script under Debian's Python (cloud-init 22.4.2).
    static func run(_ command: String, _ request: [String: Any]) throws -> [String: Any] {
        let script = try Fixtures.url("oracle/boot_oracle.py").path
        let output = try Oracle.run(
            Oracle.python, [script, command], input: try JSONSerialization.data(withJSONObject: request))
        guard output.status == 0 else {
            throw OracleError(message: "boot_oracle.py \(command) exited \(output.status): \(output.stderrText)")
        }
        guard let answer = try JSONSerialization.jsonObject(with: output.stdout) as? [String: Any] else {
            throw OracleError(message: "boot_oracle.py \(command) did not answer with an object")
        }
        return answer
    }

    /// What cloud-init 22.4.2's users_groups module does with each cloud-config.
    static func users(_ texts: [String]) throws -> [Users] {
        let results = try run("users", ["cases": texts])["results"] as? [[String: Any]] ?? []
        return results.map(Users.init)
    }

    /// cloud-init 26.2's recorded answers: the users cases and the write-back depths.
    static func recorded26() throws -> (users: [(text: String, result: Users)], writesBack: [Int: Bool]) {
        let object = try JSONSerialization.jsonObject(with: try Fixtures.data("oracle/boot-26.2.json"))
        guard let record = object as? [String: Any], let users = record["users"] as? [[String: Any]],
            let depths = record["writesBack"] as? [[String: Any]]
        else { throw OracleError(message: "boot-26.2.json is not a recording: re-record") }
        let cases = users.map { entry in
            (text: entry["case"] as? String ?? "", result: Users(entry["result"] as? [String: Any] ?? [:]))
        }
        var written: [Int: Bool] = [:]
        for entry in depths {
            if let depth = entry["depth"] as? Int, let flag = entry["written"] as? Bool { written[depth] = flag }
        }
        return (cases, written)
    }
}
