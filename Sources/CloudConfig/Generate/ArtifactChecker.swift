/// Checks each artifact the way `cloudcfg lint --distro` lints such a file, for the
/// distribution's cloud-init release, agent version and shipped waagent.conf, before anything
/// is written: the one place generate asks "is this file right?".
///
/// - user-data: linted as user-data (MIME opened, each part as its handler takes it);
/// - waagent.conf: linted as a waagent.conf, read as the agent reads it;
/// - cloud.cfg.d drop-ins: linted as system configuration, as cloud-init's `read_conf` reads it;
/// - an Ignition config: Ignition's own rules (``IgnitionConfig/validate()``);
/// - a script: a shebang and `set -euo pipefail` (the tests ask `bash -n` and shellcheck).
///
/// Errors and warnings block an artifact; notes do not.
public struct ArtifactChecker: Sendable {
    /// The distribution.
    public let distro: DistroProfile
    private let linter: Linter

    /// Creates a checker for a distribution.
    ///
    /// - Parameter distro: The distribution.
    public init(distro: DistroProfile) {
        self.distro = distro
        // The distribution's cloud-init release, agent version and shipped waagent.conf, as
        // `cloudcfg lint --distro` uses them.
        linter = Linter(configuration: LintConfiguration().overriding(distro: distro, target: nil))
    }

    /// The findings for an artifact.
    ///
    /// - Parameter artifact: The artifact.
    /// - Returns: Its findings, in the artifact's order.
    public func check(_ artifact: GeneratedArtifact) -> [ArtifactFinding] {
        switch artifact.kind {
        case .userData: userData(artifact)
        case .waagentConf: agentConfiguration(artifact)
        case .cloudConfigDropIn: dropIn(artifact)
        case .ignition: ignition(artifact)
        case .script: script(artifact)
        }
    }

    /// The findings for an Ignition config, by JSON path.
    ///
    /// - Parameters:
    ///   - config: The config.
    ///   - file: The artifact's path.
    /// - Returns: One finding per problem Ignition would have.
    public func check(_ config: IgnitionConfig, file: String) -> [ArtifactFinding] {
        config.validate().map { finding in
            ArtifactFinding(
                artifact: file, severity: .error, message: "\(finding.path): \(finding.message)", location: nil,
                code: finding.code.description)
        }
    }

    private func lintFindings(_ result: LintResult, artifact: String) -> [ArtifactFinding] {
        result.diagnostics.sorted().map { diagnostic in
            // A finding in a part of MIME user-data names the part.
            ArtifactFinding(
                artifact: diagnostic.part.map { "\(artifact) \($0)" } ?? artifact, severity: diagnostic.severity,
                message: diagnostic.message, location: diagnostic.range.start, code: diagnostic.ruleID.rawValue)
        }
    }

    private func userData(_ artifact: GeneratedArtifact) -> [ArtifactFinding] {
        // MIME is opened and each part linted as what cloud-init takes it for, as `cloudcfg lint`
        // does; a part's findings are at their lines in the message.
        lintFindings(
            linter.lint(SourceFile(path: artifact.file, bytes: artifact.bytes), as: .userData), artifact: artifact.file)
    }

    private func agentConfiguration(_ artifact: GeneratedArtifact) -> [ArtifactFinding] {
        lintFindings(
            linter.lint(SourceFile(path: artifact.file, bytes: artifact.bytes), as: .waagent), artifact: artifact.file)
    }

    private func dropIn(_ artifact: GeneratedArtifact) -> [ArtifactFinding] {
        lintFindings(
            linter.lint(SourceFile(path: artifact.file, bytes: artifact.bytes), as: .systemConfig),
            artifact: artifact.file)
    }

    private func ignition(_ artifact: GeneratedArtifact) -> [ArtifactFinding] {
        guard case .object(let members)? = try? JSONValue.parse(artifact.bytes),
            case .object(let ignition)? = members.first(where: { $0.0 == "ignition" })?.1,
            case .string(let version)? = ignition.first(where: { $0.0 == "version" })?.1,
            IgnitionVersion(version)?.isSupported == true
        else {
            return [
                ArtifactFinding(
                    artifact: artifact.file, severity: .error,
                    message: "not an Ignition config of a supported version", location: nil,
                    code: ArtifactFinding.ignitionShape)
            ]
        }
        return []
    }

    private func script(_ artifact: GeneratedArtifact) -> [ArtifactFinding] {
        let text = String(decoding: artifact.bytes, as: UTF8.self)
        var findings: [ArtifactFinding] = []
        if !text.hasPrefix("#!/bin/bash\n") {
            findings.append(
                ArtifactFinding(
                    artifact: artifact.file, severity: .error, message: "the script must start with #!/bin/bash",
                    location: SourceLocation(line: 1, column: 1, offset: 0), code: ArtifactFinding.scriptShape))
        }
        if !text.contains("\nset -euo pipefail\n") {
            findings.append(
                ArtifactFinding(
                    artifact: artifact.file, severity: .error,
                    message: "the script must stop at the first failing step (set -euo pipefail)", location: nil,
                    code: ArtifactFinding.scriptShape))
        }
        return findings
    }
}
