extension DistroProfile {
    /// Every fact of the profile as text for `cloudcfg explain DISTRO-ID`, each with its
    /// evidence label in brackets and its source.
    public var explanation: String {
        var text = "\(id): \(name)\n\n"
        func line<Value>(_ label: String, _ fact: DistroFact<Value>, _ value: String) {
            text += "\(label): \(value) [\(fact.evidence.rawValue)]\n    \(fact.source)\n"
        }
        func list(_ values: [String]) -> String { values.isEmpty ? "none" : values.joined(separator: " ") }

        line("Provisioner", provisioner, provisioner.value.rawValue)
        if let cloudInit {
            line("cloud-init", cloudInit.version, cloudInit.version.value?.description ?? "unknown")
            text += "Lint target: cloud-init \(cloudInit.lintTarget)\n    \(cloudInit.lintTargetReason)\n"
        } else {
            text += "cloud-init: not used to provision\n"
        }
        line("Agent package", agent.package, agent.package.value ?? "built in")
        line("Agent service", agent.service, agent.service.value)
        line("Agent binary", agent.binary, agent.binary.value)
        line("waagent.conf", agent.configurationPath, agent.configurationPath.value)
        if let shipped = agent.shippedConfigurationPath {
            text += "    shipped as \(shipped); a customised file is delivered as \(agent.delivery.rawValue)\n"
        }
        if let mapping = agentBaselineMapping {
            text += "waagent.conf baseline: \(mapping.baseline) [\(mapping.evidence.rawValue)]\n    \(mapping.reason)\n"
        }
        text += "Provisioning.Agent: \(provisioningAgent(for: .generalized)) (generalized), "
        text += "\(provisioningAgent(for: .specialized)) (specialized)\n"
        line("Package manager", packageManager, "\(packageManager.value) (\(packageManager.value.family))")
        line("Packages", packages, list(packages.value))
        line("Hyper-V daemons", hyperVDaemonPackages, list(hyperVDaemonPackages.value))
        line("growpart", growpartPackage, growpartPackage.value ?? "none")
        line("initramfs", initramfs, initramfs.value.rawValue)
        line("Hyper-V drivers", hyperVDrivers, list(hyperVDrivers.value))
        line("Kernel arguments", kernelArguments, list(kernelArguments.value))
        line("Default user", defaultUser, defaultUser.value ?? "none")
        line("Architectures", architectures, list(architectures.value.map(\.rawValue)))
        line("Hyper-V generations", hyperVGenerations, list(hyperVGenerations.value.map(\.rawValue)))

        text += "\ncloud-init drop-ins:\n"
        if dropIns.isEmpty { text += "  none\n" }
        for dropIn in dropIns {
            text += "  \(dropIn.path) [\(dropIn.evidence.rawValue)]: \(dropIn.purpose)\n"
            text += "    keys: \(dropIn.keys.joined(separator: ", "))\n    \(dropIn.source)\n"
        }
        text += "\nGeneralize (prepare-image), in order:\n"
        for (index, step) in generalizeSteps(for: .generalized).enumerated() {
            text += "  \(index + 1). \(step.command) [\(step.evidence.rawValue)]\n     \(step.why)\n"
        }
        text += "  A specialized image skips these steps; its waagent.conf says Provisioning.Agent=disabled.\n"
        if !notes.isEmpty {
            text += "\nNotes:\n"
            for note in notes { text += "  - \(note)\n" }
        }
        return text
    }
}
