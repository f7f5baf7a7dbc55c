extension DistroProfile {
    /// The steps that generalize an image before capture, in the order they must run.
    ///
    /// The order follows the agent's code rather than the vendor guides (`distros.md` section
    /// 2.6): nothing removes `/var/lib/waagent` before `waagent -deprovision+user`, which reads
    /// `ovf-env.xml` there to find the user to delete (several guides delete the directory first
    /// and so keep the build user); `cloud-init clean --logs --seed` comes first, with
    /// `--machine-id` where the shipped cloud-init has it; the deprovision step itself removes
    /// `Lib.Dir`, the agent's logs and root's shell history, so no step repeats that. A
    /// specialized image is not generalized: no step.
    ///
    /// - Parameter state: Whether the image is generalized or specialized.
    /// - Returns: The steps; empty for a specialized image.
    public func generalizeSteps(for state: OSState) -> [GeneralizeStep] {
        guard state == .generalized else { return [] }
        var steps = [
            GeneralizeStep(
                .stopService(agent.service.value),
                why: "the agent must not write state or logs while the image is cleaned",
                evidence: id.hasPrefix("ubuntu") ? .docs : .inferred)
        ]
        if provisioner.value == .cloudInit, let cloudInit {
            steps.append(
                GeneralizeStep(
                    .cloudInitClean(machineID: cloudInit.cleansMachineID),
                    why: "each VM must run cloud-init as a new instance: remove its state, logs and seed"
                        + (cloudInit.cleansMachineID ? ", and the machine id" : ""),
                    evidence: .source))
            if !cloudInit.cleansMachineID {
                steps.append(
                    GeneralizeStep(
                        .emptyMachineID,
                        why: "this cloud-init has no clean --machine-id (added in 22.3), or its release is open; "
                            + "systemd makes a new id when the file is empty",
                        evidence: .inferred))
            }
        }
        if provisioner.value == .waagent {
            steps.append(
                GeneralizeStep(
                    .emptyMachineID, why: "the agent's deprovision keeps /etc/machine-id on this distribution",
                    evidence: .inferred))
        }
        steps.append(
            GeneralizeStep(
                .deprovision(binary: agent.binary.value),
                why: provisioner.value == .ignition
                    ? "delete the build user, host keys per waagent.conf, leases and the agent's state; on Flatcar "
                        + "it also removes /etc/machine-id"
                    : "delete the build user, host keys per waagent.conf, leases and the agent's state; it needs "
                        + "ovf-env.xml in /var/lib/waagent, so it runs before anything removes that directory",
                evidence: .source))
        if provisioner.value == .ignition {
            steps.append(
                GeneralizeStep(
                    .markIgnitionFirstBoot,
                    why: "Ignition runs only on a first boot, which GRUB detects by flatcar/first_boot in the EFI "
                        + "system partition",
                    evidence: .docs))
        }
        steps.append(
            GeneralizeStep(.sync, why: "flush writes before the VM is stopped and captured", evidence: .inferred))
        return steps
    }
}
