/// One step of generalizing (deprovisioning) an image before capture, as typed data: what it
/// does, the command that does it, why, and how well that is established.
///
/// ``DistroProfile/generalizeSteps(for:)`` returns the steps in the order they must run; the
/// order is part of the data (`distros.md` section 2.6: the agent's `-deprovision+user` needs
/// `<Lib.Dir>/ovf-env.xml` to know which user to delete, so nothing may remove `Lib.Dir`
/// before it).
public struct GeneralizeStep: Sendable, Hashable {
    /// A command: an argument vector run without a shell, or a shell line.
    public enum Command: Sendable, Hashable, CustomStringConvertible {
        /// Run without a shell: the program and its arguments.
        case exec([String])
        /// Run by `/bin/sh -c`.
        case shell(String)

        /// The command as one shell line, each argument quoted when it needs to be.
        public var description: String {
            switch self {
            case .exec(let arguments): arguments.map(Self.quoted).joined(separator: " ")
            case .shell(let line): line
            }
        }

        /// An argument as POSIX shell text: as is when it has only safe characters, else in
        /// single quotes.
        static func quoted(_ argument: String) -> String {
            let safe = argument.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII
                    && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                        || "-_./=+:,@%".unicodeScalars.contains(scalar))
            }
            if safe, !argument.isEmpty { return argument }
            return "'" + argument.replacing("'", with: "'\\''") + "'"
        }
    }

    /// What a step does.
    public enum Action: Sendable, Hashable {
        /// Stops a systemd service, so that it writes nothing while the image is cleaned.
        case stopService(String)
        /// `cloud-init clean --logs --seed`, with `--machine-id` where the shipped cloud-init
        /// has it (22.3 and later).
        case cloudInitClean(machineID: Bool)
        /// Empties `/etc/machine-id`, so that systemd makes a new one on the next boot (for
        /// images whose cloud-init cannot).
        case emptyMachineID
        /// `waagent -force -deprovision+user` with the agent binary's path: deletes the
        /// provisioned user, SSH host keys (per waagent.conf), DHCP leases, `Lib.Dir`, the
        /// agent's logs and root's shell history.
        case deprovision(binary: String)
        /// Creates Flatcar's `first_boot` flag in the EFI system partition (mounted at `/boot`),
        /// so that Ignition runs again on the next boot.
        case markIgnitionFirstBoot
        /// Flushes file system buffers before the VM is stopped and captured.
        case sync
    }

    /// What the step does.
    public let action: Action
    /// Why the step is there, lower-case, without a final period.
    public let why: String
    /// How well the step's effect and place are established.
    public let evidence: FactEvidence

    /// Creates a step.
    ///
    /// - Parameters:
    ///   - action: What the step does.
    ///   - why: Why it is there.
    ///   - evidence: How well that is established.
    public init(_ action: Action, why: String, evidence: FactEvidence) {
        self.action = action
        self.why = why
        self.evidence = evidence
    }

    /// A stable kebab-case name for the step, such as `cloud-init-clean`.
    public var id: String {
        switch action {
        case .stopService: "stop-agent"
        case .cloudInitClean: "cloud-init-clean"
        case .emptyMachineID: "empty-machine-id"
        case .deprovision: "deprovision"
        case .markIgnitionFirstBoot: "ignition-first-boot"
        case .sync: "sync"
        }
    }

    /// The command that performs the step.
    public var command: Command {
        switch action {
        case .stopService(let name): .exec(["systemctl", "stop", name])
        case .cloudInitClean(let machineID):
            .exec(["cloud-init", "clean", "--logs", "--seed"] + (machineID ? ["--machine-id"] : []))
        case .emptyMachineID: .exec(["truncate", "-s", "0", "/etc/machine-id"])
        case .deprovision(let binary): .exec([binary, "-force", "-deprovision+user"])
        case .markIgnitionFirstBoot: .shell("mkdir -p /boot/flatcar && touch /boot/flatcar/first_boot")
        case .sync: .exec(["sync"])
        }
    }

    /// The paths the step removes or empties (directories with everything under them), so that
    /// order rules can be checked: nothing may remove the agent's `Lib.Dir` before the
    /// deprovision step has read `ovf-env.xml` from it.
    public var removedPaths: [String] {
        switch action {
        case .stopService, .markIgnitionFirstBoot, .sync: []
        case .cloudInitClean(let machineID):
            ["/var/lib/cloud", "/var/log/cloud-init.log", "/var/log/cloud-init-output.log"]
                + (machineID ? ["/etc/machine-id"] : [])
        case .emptyMachineID: ["/etc/machine-id"]
        case .deprovision:
            ["/var/lib/waagent", "/var/log/azure", "/var/log/waagent.log", "/root/.bash_history"]
        }
    }
}
