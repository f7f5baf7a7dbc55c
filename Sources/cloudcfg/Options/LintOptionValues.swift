import CloudConfig
import SystemPackage

/// The values of ``LintOptions`` as plain values, which a run reads; the defaults are the
/// options' defaults (`LintPlainArgumentsTests` compares them).
struct LintOptionValues: Equatable {
    /// `--format`, if given.
    var requestedFormat: OutputFormat?
    /// `--strict`.
    var strict = false
    /// `--cloud-init`, if given.
    var cloudInit: String?
    /// `--agent-version`, if given.
    var agentVersion: String?
    /// `--distro`, if given.
    var distro: String?
    /// `--kind`, if given.
    var kind: KindChoice?
    /// `--config`, if given.
    var config: String?
    /// `--color`.
    var color: ColorChoice = .auto
    /// `--verbose`.
    var verbose = false
    /// `--instance-data`, if given.
    var instanceData: String?
    /// `--schema`, if given.
    var schema: String?
    /// `--platform`, if given.
    var platform: String?
    /// `--shellcheck`.
    var shellcheck = false
    /// `--base64`.
    var base64 = false
    /// `--quiet`.
    var quiet = false

    /// The format asked for, or `pretty` for a person at a terminal and `text` for a pipe or a file.
    var format: OutputFormat { requestedFormat ?? (Terminal.isTTY(.standardOutput) ? .pretty : .text) }

    /// The size limits of a platform: its first budget (Azure custom data for `azure`), or the
    /// budget with that identifier.
    func budgets(for name: String) -> [PlatformBudget] { Self.budgets(for: name) }

    /// The size limits of a platform: its first budget (Azure custom data for `azure`), or the
    /// budget with that identifier.
    static func budgets(for name: String) -> [PlatformBudget] {
        let lowered = name.lowercased()
        if let budget = PlatformBudget.all.first(where: { $0.id == lowered }) { return [budget] }
        return PlatformBudget.budgets(for: lowered).prefix(1).map { $0 }
    }

    /// The target release from the command line, if given.
    var target: CloudInitVersion? { cloudInit.flatMap(CloudInitVersion.init) }

    /// The command line's settings for the run's targets.
    var targets: TargetOptions {
        TargetOptions(
            target: target, agentVersion: agentVersion.flatMap(AgentVersion.init),
            distro: distro.flatMap { DistroProfile.profile(id: $0) })
    }
}
