import Foundation

@testable import CloudConfig

/// Generated outputs the generate tests judge: the azure-fleet example profile for every
/// distribution, a plan that uses every feature (for the distributions whose provisioner takes
/// it), and a specialized image of each.
enum GeneratedCorpus {
    /// One generated output.
    struct Case: Sendable {
        var name: String
        var plan: ProvisioningPlan
        var output: GeneratedOutput
    }

    /// The repository's root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The example profile.
    static func exampleProfile() throws -> Profile {
        let url = repositoryRoot.appendingPathComponent("Examples/azure-fleet/profile.yaml")
        let source = SourceFile(path: "Examples/azure-fleet/profile.yaml", bytes: Array(try Data(contentsOf: url)))
        let reading = ProfileReader.read(source)
        guard let profile = reading.profile, !reading.hasErrors else {
            throw OracleError(message: "the example profile does not read: \(reading.diagnostics)")
        }
        return profile
    }

    /// A plan using every feature the distribution's provisioner takes.
    static func everything(for distro: DistroProfile) throws -> ProvisioningPlan {
        var parameters = PlanParameters()
        let provisioner = distro.provisioner.value
        parameters.identity = try HostIdentity(hostname: "app-7", fqdn: "app-7.corp.example.net")
        parameters.admin = try AdminAccount(
            name: "azureops",
            sshAuthorizedKeys: [try SSHPublicKey(TestKeys.ed25519), try SSHPublicKey(TestKeys.rsa3072)],
            password: Password("Correct-Horse-1"), groups: ["adm"])
        parameters.resourceDisk = ResourceDisk(mountPoint: "/mnt/scratch", swap: SwapSize(percent: 20, megabytes: 1024))
        if provisioner != .waagent {
            parameters.groups = ["webadmins", "ops"]
            parameters.users = [
                UserAccount(
                    name: "deploy", groups: ["webadmins"], lockPassword: false,
                    passwords: [.plainTextPasswd: Password("Deploy-Pass-2")],
                    sshAuthorizedKeys: [try SSHPublicKey(TestKeys.deploy)], shell: "/bin/bash",
                    sudo: "ALL=(root) NOPASSWD: /usr/bin/systemctl", gecos: "Deploy bot"),
                UserAccount(name: "svc", noUserGroup: true, isSystem: true),
            ]
            parameters.files = [
                ProvisionedFile(path: "/etc/motd", text: "Welcome to app-7 — managed 'here': yes\n"),
                ProvisionedFile(
                    path: "/opt/app/config.yaml", text: "port: 8080\nmode: 0644\nenabled: yes\n",
                    mode: [.ownerReadWrite, .groupRead], owner: FileOwner(user: "deploy", group: "webadmins")),
                ProvisionedFile(
                    path: "/opt/app/blob.bin", content: .bytes([0, 1, 2, 0xFF, 0xFE]), mode: FileMode(rawValue: 0o600)),
                ProvisionedFile(
                    path: "/opt/app/big.txt", content: .text(String(repeating: "line of text\n", count: 200)),
                    encoding: .gzipBase64),
                ProvisionedFile(
                    path: "/usr/local/bin/app-check", text: "#!/bin/sh\nexit 0\n", mode: FileMode(rawValue: 0o755)),
            ]
            parameters.commands = [
                .exec(["systemctl", "daemon-reload"]), .shell("printf '%s\\n' \"$(hostname)\" > /run/app-7.ready"),
                .exec(["sh", "-c", "echo 'quoted; $HOME' | tee /tmp/x"]),
            ]
            parameters.timezone = "Europe/Paris"
            parameters.ntp = NTPSettings(servers: ["time.windows.com"], pools: ["0.pool.ntp.org"])
        }
        if provisioner == .cloudInit {
            parameters.locale = "en_US.UTF-8"
            parameters.packages = ["nginx", "jq"]
            parameters.packageUpgrade = true
            parameters.dataDisks = [
                DataDisk(lun: 0, mountPoint: "/srv/data", label: "data"),
                DataDisk(lun: 1, mountPoint: "/srv/logs", fileSystem: .xfs, label: "logs"),
            ]
            parameters.files.append(ProvisionedFile(path: "/srv/data/seed.txt", text: "seed\n"))
            parameters.parts = [
                MIMEPart(
                    text: "#!/bin/sh\necho part-script > /run/part.ran\n", contentType: "text/x-shellscript",
                    filename: "setup.sh"),
                MIMEPart(
                    text: "#cloud-boothook\n#!/bin/sh\necho boot\n", contentType: "text/cloud-boothook",
                    filename: "boot.sh"),
            ]
        }
        return try ProvisioningPlan(distro: distro, parameters: parameters)
    }

    /// Every case.
    static func all() throws -> [Case] {
        var cases: [Case] = []
        let profile = try exampleProfile()
        var resolver = ProfileResolver(profile: profile)
        let generator = Generator()
        for distro in profile.distros {
            guard let plan = resolver.resolve(for: distro).plan else {
                throw OracleError(message: "the example profile does not resolve for \(distro.id)")
            }
            cases.append(Case(name: "example-\(distro.id)", plan: plan, output: generator.generate(plan)))
        }
        for distro in DistroProfile.all {
            let plan = try everything(for: distro)
            cases.append(Case(name: "everything-\(distro.id)", plan: plan, output: generator.generate(plan)))
            let specialized = try ProvisioningPlan(
                distro: distro, image: ImageDefinition(osState: .specialized), parameters: PlanParameters())
            cases.append(
                Case(name: "specialized-\(distro.id)", plan: specialized, output: generator.generate(specialized)))
        }
        return cases
    }

    /// The artifacts of a kind across the cases, named `case/file`.
    static func artifacts(_ kind: ArtifactKind, in cases: [Case]) -> [(name: String, artifact: GeneratedArtifact)] {
        cases.flatMap { testCase in
            testCase.output.artifacts.filter { $0.kind == kind }.map { ("\(testCase.name)/\($0.file)", $0) }
        }
    }
}
