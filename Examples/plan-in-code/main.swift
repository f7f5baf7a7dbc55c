// Builds a provisioning plan in Swift and renders it for one distribution: what a program does
// when it generates images' first-boot data itself instead of from a profile.
//
//     swift run plan-in-code [DISTRO-ID]      # ubuntu-24.04 by default; prints every artifact
import CloudConfig

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

let distroID = CommandLine.arguments.dropFirst().first ?? "ubuntu-24.04"
guard let distro = DistroProfile.profile(id: distroID) else {
    print("plan-in-code: unknown distribution '\(distroID)'; cloudcfg distros lists them")
    exit(64)
}

do {
    var parameters = PlanParameters()
    parameters.identity = try HostIdentity(hostname: "web-01", fqdn: "web-01.example.net")
    // A keys-only admin; a password would be given as Password("...") and kept only as its hash.
    parameters.admin = try AdminAccount(
        name: "azureops",
        sshAuthorizedKeys: [
            try SSHPublicKey(
                "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKW47M2qLOyvGMyZ0oAf1ubdL7AtMHLBx3lU0wPVbSzO ops@example.net")
        ])
    parameters.timezone = "Etc/UTC"
    parameters.files = [
        ProvisionedFile(
            path: "/etc/motd", text: "web-01: managed by cloudcfg\n", mode: [.ownerReadWrite, .groupRead, .otherRead])
    ]
    parameters.commands = [.exec(["systemctl", "restart", "ssh"])]
    if distro.packageManager.value != .none, distro.provisioner.value == .cloudInit {
        parameters.packages = ["nginx"]
    }
    if distro.provisioner.value == .cloudInit {
        parameters.resourceDisk = ResourceDisk(mountPoint: "/mnt/resource", swap: SwapSize(percent: 25))
    }
    if distro.provisioner.value == .waagent {
        // The agent applies nothing of user-data: only what goes into the image and the osProfile.
        parameters.files = []
        parameters.commands = []
        parameters.timezone = nil
    }
    let plan = try ProvisioningPlan(
        distro: distro, image: ImageDefinition(osState: .generalized, hyperVGeneration: .v2, architecture: .x64),
        parameters: parameters)
    let output = Generator().generate(plan)
    for artifact in output.artifacts {
        print("==> \(artifact.file) (\(artifact.kind), installed at \(artifact.installPath ?? "-"))")
        print(String(decoding: artifact.bytes, as: UTF8.self), terminator: "")
    }
    print("==> manifest.json")
    print(output.manifest.text, terminator: "")
    for finding in output.findings { print(finding) }
    if !output.isWritable { exit(1) }
} catch let error as PlanError {
    print(error)
    exit(65)
} catch let problem as PlanProblem {
    print(problem)
    exit(65)
} catch {
    print("plan-in-code: \(error)")
    exit(1)
}
