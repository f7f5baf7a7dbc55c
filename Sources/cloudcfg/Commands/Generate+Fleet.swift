import ArgumentParser
import CloudConfig
import Dispatch

extension Generate {
    /// What rendering one host gave.
    struct HostOutcome: Sendable {
        var diagnostics: [Diagnostic] = []
        var findings: [ArtifactFinding] = []
        var messages: [String] = []
        var status: ExitCode?
        /// The first-boot artifact's element of the manifest (``ImageManifest/element(_:)``), written
        /// on the worker rather than for every host on one thread at the end.
        var manifestElement: String?
    }

    /// How many hosts are rendered between two progress reports and failure checks.
    static let batchSize = 256

    /// Renders each host's first-boot data into the staging directory, hosts in parallel on every
    /// core, then the image files once: they must be the same for every host.
    ///
    /// Findings are printed in host order whatever the order of the work, so that a run's output
    /// does not depend on scheduling.
    ///
    /// - Returns: The exit status when something fails, `nil` when all went well.
    func renderFleet(
        _ distro: DistroProfile, into directory: StagedDirectory, hosts: [InventoryHost], generator: Generator,
        checker: ArtifactChecker, resolver: inout ProfileResolver
    ) throws -> ExitCode? {
        let path = resolver.profile.source.path
        // The first host that resolves sets the image; resolving it also fills the resolver's
        // caches (merged trees, hashed passwords), which every worker then shares.
        var imagePlan: ProvisioningPlan?
        var reference = hosts[0].name
        for host in hosts.prefix(Self.maximumFailingHosts) {
            if let plan = resolver.resolve(for: distro, host: host).plan {
                imagePlan = plan
                reference = host.name
                break
            }
        }
        let shared = resolver
        let image = imagePlan
        let referenceHost = reference
        let progress = HostProgress(label: distro.id, total: hosts.count)
        var status: ExitCode?
        var failingHosts = 0
        var hostElements: [String] = []
        hostElements.reserveCapacity(hosts.count)
        var start = 0
        while start < hosts.count {
            progress.update(start)
            if failingHosts >= Self.maximumFailingHosts {
                Console.error(
                    "\(distro.id): error: \(failingHosts) hosts fail; stopping here (the first failures are above)\n")
                break
            }
            let batch = Array(hosts[start..<min(hosts.count, start + Self.batchSize)])
            let outcomes = Workers.map(batch) { host in
                Self.render(
                    host, distro: distro, resolver: shared, generator: generator, checker: checker,
                    imagePlan: image, reference: referenceHost, directory: directory)
            }
            for (host, outcome) in zip(batch, outcomes) {
                Self.report(outcome.diagnostics, path: path)
                Self.report(outcome.findings, distro: "\(distro.id)/hosts/\(host.name)", verbose: verbose)
                for message in outcome.messages { Console.error(message) }
                if let failed = outcome.status {
                    status = Self.worse(status, failed)
                    failingHosts += 1
                } else if let element = outcome.manifestElement {
                    hostElements.append(element)
                }
            }
            start += batch.count
        }
        progress.finish()
        if let status { return status }
        guard let imagePlan else { return nil }
        let imageFiles = generator.imageArtifacts(imagePlan, checker: checker)
        Self.report(imageFiles.findings, distro: distro.id, verbose: verbose)
        guard !imageFiles.findings.contains(where: \.isBlocking) else { return ExitStatus.findings }
        for artifact in imageFiles.artifacts {
            try directory.write(artifact.file, artifact.bytes, executable: artifact.isExecutable)
        }
        let manifest = ImageManifest(plan: imagePlan, artifacts: [])
        let text = manifest.text(elements: hostElements + imageFiles.artifacts.map(ImageManifest.element))
        try directory.write("manifest.json", Array(text.utf8))
        return nil
    }

    /// Resolves, renders, checks and writes one host.
    static func render(
        _ host: InventoryHost, distro: DistroProfile, resolver: ProfileResolver, generator: Generator,
        checker: ArtifactChecker, imagePlan: ProvisioningPlan?, reference: String, directory: StagedDirectory
    ) -> HostOutcome {
        var outcome = HostOutcome()
        var resolver = resolver
        let resolution = resolver.resolve(for: distro, host: host)
        outcome.diagnostics = resolution.diagnostics
        guard let plan = resolution.plan else {
            outcome.status = ExitStatus.unparsable
            return outcome
        }
        if let imagePlan, imagePlan.image != plan.image || imagePlan.agentOverrides != plan.agentOverrides {
            outcome.messages.append(
                "\(resolver.profile.source.path): error: host '\(host.name)' needs another image than host "
                    + "'\(reference)' for \(distro.id): its image or agent settings differ, and one image serves "
                    + "every host\n")
            outcome.status = ExitStatus.unparsable
            return outcome
        }
        let firstBoot = generator.firstBoot(plan, checker: checker)
        outcome.findings = firstBoot.findings
        guard firstBoot.isWritable else {
            outcome.status = ExitStatus.findings
            return outcome
        }
        guard var artifact = firstBoot.artifact else { return outcome }
        artifact.file = "hosts/\(host.name)/\(artifact.file)"
        do {
            try directory.write(artifact.file, artifact.bytes)
        } catch {
            outcome.messages.append("\(error)\n")
            outcome.status = ExitStatus.cannotCreate
            return outcome
        }
        artifact.bytes = []
        outcome.manifestElement = ImageManifest.element(artifact)
        return outcome
    }
}
