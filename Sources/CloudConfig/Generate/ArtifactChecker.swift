/// Checks each artifact the way cloudcfg lints such a file, for the distribution's cloud-init
/// release and agent version, before anything is written: the one place generate asks "is this
/// file right?", so that it can move to the linter's own routing for waagent.conf and drop-ins
/// when lint reads them.
///
/// - user-data: `#cloud-config` linted as `cloudcfg lint --distro` would (the distribution's
///   lint target); in a MIME message, the envelope's own findings and each cloud-config part;
/// - waagent.conf: read as the agent reads it and analysed for the distribution's agent version
///   and shipped file;
/// - cloud.cfg.d drop-ins: YAML read as cloud-init reads it, each user-data key checked against the
///   catalog for the release (system keys such as `datasource_list` pass);
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
        let target = distro.cloudInit?.lintTarget ?? .newest
        linter = Linter(configuration: LintConfiguration(target: target))
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

    private func lintFindings(_ result: LintResult, artifact: String, lineOffset: Int = 0) -> [ArtifactFinding] {
        result.diagnostics.sorted().map { diagnostic in
            var location = diagnostic.range.start
            location.line -= lineOffset
            return ArtifactFinding(
                artifact: artifact, severity: diagnostic.severity, message: diagnostic.message, location: location,
                code: diagnostic.ruleID.rawValue)
        }
    }

    private func userData(_ artifact: GeneratedArtifact) -> [ArtifactFinding] {
        let source = SourceFile(path: artifact.file, bytes: artifact.bytes)
        guard UserDataKind.detect(artifact.bytes) == .mime else {
            return lintFindings(linter.lint(source), artifact: artifact.file)
        }
        let envelope = UserDataEnvelope.open(source)
        var findings = envelope.findings.map { finding in
            ArtifactFinding(
                artifact: artifact.file, severity: finding.severity, message: finding.message,
                location: finding.location.range.start, code: finding.code.description)
        }
        if let rejection = envelope.rejection {
            findings.append(
                ArtifactFinding(
                    artifact: artifact.file, severity: .error, message: rejection.message,
                    location: rejection.location.range.start, code: rejection.code.description))
        }
        for (index, part) in envelope.parts.enumerated() where part.kind == .cloudConfig {
            let name = "\(artifact.file) part \(index + 1)"
            findings += lintFindings(linter.lint(SourceFile(path: name, bytes: part.payload)), artifact: name)
        }
        return findings
    }

    private func agentConfiguration(_ artifact: GeneratedArtifact) -> [ArtifactFinding] {
        let baseline = distro.agentBaseline
        let configuration = AgentConfiguration(SourceFile(path: artifact.file, bytes: artifact.bytes))
        let analysis = AgentAnalysis(version: baseline?.agentVersion ?? .newest, baseline: baseline)
        return analysis.findings(in: configuration).map { finding in
            ArtifactFinding(
                artifact: artifact.file, severity: finding.severity, message: finding.message,
                location: finding.range.start, code: finding.code.description)
        }
    }

    private func dropIn(_ artifact: GeneratedArtifact) -> [ArtifactFinding] {
        // Linted as cloud-config behind a header line, then the header's line taken off again;
        // keys only system configuration has (the datasource, reporting, system_info) are not
        // user-data keys, so findings about them are not findings here.
        let text = "#cloud-config\n" + String(decoding: artifact.bytes, as: UTF8.self)
        let result = linter.lint(SourceFile(path: artifact.file, bytes: Array(text.utf8)))
        let kept = result.diagnostics.filter { diagnostic in
            guard let first = diagnostic.keyPath?.split(separator: ".").first else { return true }
            return !CloudConfigDropIn.systemConfigKeys.contains(String(first))
        }
        return lintFindings(
            LintResult(path: result.path, kind: result.kind, diagnostics: kept, isUnparsable: result.isUnparsable),
            artifact: artifact.file, lineOffset: 1)
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
