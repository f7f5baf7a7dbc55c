/// Renders a provisioning plan into the artifacts of one distribution's image and checks each
/// before anything is written:
///
/// - first-boot data, delivered at deployment: `user-data` (`#cloud-config`, or MIME multipart
///   with the plan's extra parts) where cloud-init provisions, `ignition.json` for Flatcar;
///   nothing for a specialized image or where the Azure Linux Agent provisions (it applies no
///   user-data);
/// - image files: `waagent.conf`, the distribution's cloud.cfg.d drop-ins under `cloud.cfg.d/`,
///   and `prepare-image.sh` for a generalized image;
/// - `manifest.json` (``ImageManifest``).
///
/// Every artifact goes through ``ArtifactChecker``; first-boot data must also fit the
/// platform's budget (Azure custom data by default). ``GeneratedOutput/isWritable`` says whether
/// the output may be written.
public struct Generator: Sendable {
    /// The size budget first-boot data must fit.
    public var budget: PlatformBudget
    /// The texts of cloud-config entries already written, shared by the generator's copies (a
    /// fleet's workers): hosts' user-data differs in a few entries.
    let entries = EmittedEntryCache()

    /// Creates a generator.
    ///
    /// - Parameter budget: The size budget for first-boot data; Azure custom data (65,535 bytes)
    ///   by default.
    public init(budget: PlatformBudget = .azureCustomData) {
        self.budget = budget
    }

    /// The file name of first-boot data for a plan's provisioner.
    ///
    /// - Parameter plan: The plan.
    /// - Returns: `ignition.json` for Ignition, `user-data` otherwise.
    public static func firstBootFile(for plan: ProvisioningPlan) -> String {
        plan.provisioner == .ignition ? "ignition.json" : "user-data"
    }

    /// Renders and checks everything for a plan.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - checker: A checker for the plan's distribution, to reuse across plans; a new one when `nil`.
    /// - Returns: The artifacts, the manifest and the findings.
    public func generate(_ plan: ProvisioningPlan, checker: ArtifactChecker? = nil) -> GeneratedOutput {
        let checker = checker ?? ArtifactChecker(distro: plan.distro)
        var artifacts: [GeneratedArtifact] = []
        var findings: [ArtifactFinding] = []
        let firstBoot = self.firstBoot(plan, checker: checker)
        if let artifact = firstBoot.artifact { artifacts.append(artifact) }
        findings += firstBoot.findings
        let image = imageArtifacts(plan, checker: checker)
        artifacts += image.artifacts
        findings += image.findings
        return GeneratedOutput(
            artifacts: artifacts, manifest: ImageManifest(plan: plan, artifacts: artifacts), findings: findings,
            firstBoot: firstBoot)
    }

    /// Renders and checks a plan's first-boot data alone: what differs from host to host.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - checker: A checker for the plan's distribution; a new one when `nil`.
    /// - Returns: The artifact (none for a specialized image or an agent-provisioned one), its
    ///   findings and its sizes.
    public func firstBoot(_ plan: ProvisioningPlan, checker: ArtifactChecker? = nil) -> FirstBootOutput {
        guard plan.isProvisioned, plan.provisioner != .waagent else {
            return FirstBootOutput(artifact: nil, findings: [], budget: budget)
        }
        let checker = checker ?? ArtifactChecker(distro: plan.distro)
        let file = Self.firstBootFile(for: plan)
        var findings: [ArtifactFinding] = []
        let artifact: GeneratedArtifact
        switch plan.provisioner {
        case .ignition:
            var agentText: String?
            if plan.customizesAgent {
                do throws(AgentRenderError) {
                    agentText = try plan.renderAgentConfiguration()
                } catch {
                    findings.append(Self.renderFailure("waagent.conf", error.message))
                }
            }
            let config = IgnitionRenderer.config(for: plan, agentConfiguration: agentText)
            findings += checker.check(config, file: file)
            artifact = GeneratedArtifact(
                file: file, installPath: nil, kind: .ignition, text: config.serialized(pretty: true))
        case .cloudInit, .waagent:
            var text: String
            do throws(YAMLEmitterError) {
                text = try CloudConfigRenderer.text(for: plan, entries: entries)
            } catch {
                return FirstBootOutput(
                    artifact: nil, findings: [Self.renderFailure(file, error.message)], budget: budget)
            }
            // One copy of the text's contiguous bytes (the UTF-8 view copies byte by byte).
            var bytes = text.withUTF8 { Array($0) }
            if !plan.parameters.parts.isEmpty {
                let parts =
                    [MIMEPart(text: text, contentType: "text/cloud-config", filename: "cloud-config.yaml")]
                    + plan.parameters.parts
                do throws(MIMEBuilder.Error) {
                    bytes = try MIMEBuilder.build(parts)
                } catch {
                    return FirstBootOutput(
                        artifact: nil, findings: [Self.renderFailure(file, error.message)], budget: budget)
                }
            }
            artifact = GeneratedArtifact(file: file, installPath: nil, kind: .userData, bytes: bytes)
        }
        findings += checker.check(artifact)
        let consumer: SizeReport.Consumer = plan.provisioner == .ignition ? .ignition : .cloudInit
        // Gzip is measured only for data over budget (to say whether gzip would fit), not for
        // every host of a fleet; the sizes stay available through `FirstBootOutput.sizes`.
        if !SizeReport.fits(artifact.bytes.count, budget) {
            let sizes = SizeReport.measure(artifact.bytes, budgets: [budget], consumer: consumer)
            for verdict in sizes.verdicts where !verdict.fits {
                findings.append(Self.overBudget(file, verdict: verdict, sizes: sizes))
            }
        }
        return FirstBootOutput(artifact: artifact, findings: findings, budget: budget, consumer: consumer)
    }

    /// Renders and checks the files that go into the image: waagent.conf, the cloud.cfg.d drop-ins
    /// and the generalize script. They depend on the distribution, the image definition and, where
    /// the agent owns the resource disk, its layout — never on a host's values.
    ///
    /// - Parameters:
    ///   - plan: The plan.
    ///   - checker: A checker for the plan's distribution; a new one when `nil`.
    /// - Returns: The artifacts and their findings.
    public func imageArtifacts(_ plan: ProvisioningPlan, checker: ArtifactChecker? = nil)
        -> (artifacts: [GeneratedArtifact], findings: [ArtifactFinding])
    {
        let checker = checker ?? ArtifactChecker(distro: plan.distro)
        var artifacts: [GeneratedArtifact] = []
        var findings: [ArtifactFinding] = []
        do throws(AgentRenderError) {
            let text = try plan.renderAgentConfiguration()
            artifacts.append(
                GeneratedArtifact(
                    file: "waagent.conf", installPath: plan.distro.agent.configurationPath.value, kind: .waagentConf,
                    text: text))
        } catch {
            findings.append(Self.renderFailure("waagent.conf", error.message))
        }
        for dropIn in plan.distro.dropIns {
            let file = "cloud.cfg.d/" + dropIn.fileName
            do throws(YAMLEmitterError) {
                artifacts.append(
                    GeneratedArtifact(
                        file: file, installPath: dropIn.path, kind: .cloudConfigDropIn, text: try dropIn.rendered()))
            } catch {
                findings.append(Self.renderFailure(file, error.message))
            }
        }
        if let script = PrepareImageScript.script(for: plan.distro, state: plan.image.osState) {
            artifacts.append(GeneratedArtifact(file: "prepare-image.sh", installPath: nil, kind: .script, text: script))
        }
        for artifact in artifacts { findings += checker.check(artifact) }
        return (artifacts, findings)
    }

    static func renderFailure(_ file: String, _ message: String) -> ArtifactFinding {
        ArtifactFinding(
            artifact: file, severity: .error, message: "cannot be rendered: \(message)", location: nil,
            code: ArtifactFinding.render)
    }

    static func overBudget(_ file: String, verdict: SizeReport.Verdict, sizes: SizeReport) -> ArtifactFinding {
        let over = verdict.limits.filter { !$0.fits }.map { limit in
            "\(limit.size) \(limit.limit.measure.rawValue) where \(limit.limit.maximum) fit"
        }
        var message =
            "\(sizes.raw) bytes (gzip \(sizes.gzip), base64 \(sizes.base64)) do not fit the \(verdict.budget.name) "
            + "budget: " + over.joined(separator: "; ")
        if verdict.gzipWouldFit == true { message += "; gzipped they would fit, and cloud-init decompresses gzip" }
        if let note = verdict.gzipNote { message += "; \(note)" }
        return ArtifactFinding(
            artifact: file, severity: .error, message: message, location: nil, code: ArtifactFinding.budget)
    }
}

/// What ``Generator/generate(_:checker:)`` makes of a plan.
public struct GeneratedOutput: Sendable {
    /// The artifacts, first-boot data first.
    public var artifacts: [GeneratedArtifact]
    /// The manifest.
    public var manifest: ImageManifest
    /// What the checks found.
    public var findings: [ArtifactFinding]
    /// The first-boot data's own output, for its sizes.
    var firstBoot: FirstBootOutput

    /// The sizes of first-boot data against the budget, when there is any (measured when asked).
    public var sizes: SizeReport? { firstBoot.sizes }

    /// Whether the output may be written: no finding is an error or a warning.
    public var isWritable: Bool { !findings.contains(where: \.isBlocking) }
}

/// What ``Generator/firstBoot(_:checker:)`` makes of a plan.
public struct FirstBootOutput: Sendable {
    /// The artifact, or `nil` when nothing is delivered at first boot.
    public var artifact: GeneratedArtifact?
    /// What the checks found.
    public var findings: [ArtifactFinding]
    /// The budget the artifact was checked against.
    var budget: PlatformBudget
    /// What reads the artifact, which decides whether gzip is an option.
    var consumer: SizeReport.Consumer = .cloudInit

    /// The sizes against the budget, measured (gzip included) when asked; `nil` without an
    /// artifact.
    public var sizes: SizeReport? {
        artifact.map { SizeReport.measure($0.bytes, budgets: [budget], consumer: consumer) }
    }

    /// Whether the artifact may be written.
    public var isWritable: Bool { !findings.contains(where: \.isBlocking) }
}
