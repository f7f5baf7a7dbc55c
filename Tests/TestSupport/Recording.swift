import Foundation

/// The one switch that makes tests write their committed fixtures again instead of comparing
/// with them: `CLOUDCFG_RECORD=1` re-records every kind; `CLOUDCFG_RECORD=goldens,pyyaml`
/// only the kinds named.
///
/// Kinds: `goldens` (reporter output and the other files under `Fixtures/golden`), `pyyaml` (the
/// YAML typing table `Fixtures/resolver/pyyaml.json`, from PyYAML), `rendered` (the
/// waagent.conf renders under `Fixtures/waagent/rendered`, which the agents' verdicts judge) and
/// `docs` (the rule pages of the DocC catalog, `Sources/CloudConfig/CloudConfig.docc/Rules`).
/// Verdicts of releases that are not installed (cloud-init 26.2, the agent 2.15) are recorded by
/// scripts under `scripts/dev`, not by tests.
public enum Recording {
    /// The environment variable.
    public static let variable = "CLOUDCFG_RECORD"

    /// Whether fixtures of a kind are being re-recorded.
    ///
    /// - Parameter kind: `goldens`, `pyyaml`, `rendered` or `docs`.
    /// - Returns: `true` when the variable is `1`, `true` or `all`, or lists the kind.
    public static func isRecording(_ kind: String) -> Bool {
        let value = ProcessInfo.processInfo.environment[variable] ?? ""
        if ["1", "true", "all"].contains(value) { return true }
        return value.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == kind }
    }
}
