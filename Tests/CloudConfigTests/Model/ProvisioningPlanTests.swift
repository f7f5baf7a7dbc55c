import Testing

@testable import CloudConfig

/// A plan refuses, at construction and all at once, every combination no image and provisioner
/// could apply, each at its field.
@Suite struct ProvisioningPlanTests {
    /// The problems of a plan, as `field code` lines.
    static func problems(
        _ distro: DistroProfile, image: ImageDefinition = ImageDefinition(),
        _ build: (inout PlanParameters) throws -> Void
    ) rethrows -> [String] {
        var parameters = PlanParameters()
        try build(&parameters)
        do {
            _ = try ProvisioningPlan(distro: distro, image: image, parameters: parameters)
            return []
        } catch {
            return error.problems.map { "\($0.field) \($0.code)" }
        }
    }

    @Test func anEmptyPlanIsValidEverywhere() throws {
        for distro in DistroProfile.all {
            let plan = try ProvisioningPlan(distro: distro, parameters: PlanParameters())
            #expect(!plan.hasFirstBootSettings)
            #expect(plan.provisionerName == distro.provisioner.value.rawValue)
        }
    }

    @Test func everyProblemIsFoundAtOnce() {
        let found = Self.problems(.ubuntu2404) { parameters in
            parameters.users = [UserAccount(name: "deploy"), UserAccount(name: "deploy"), UserAccount(name: "Bad")]
            parameters.groups = ["web", "web"]
            parameters.packages = ["nginx", "nginx", "-rf", "two words"]
            parameters.files = [
                ProvisionedFile(path: "/etc/a", text: "a"), ProvisionedFile(path: "/etc/a", text: "b"),
                ProvisionedFile(path: "etc/b", text: "b"), ProvisionedFile(path: "/etc/../c", text: "c"),
                ProvisionedFile(path: "/etc/d", text: "d", mode: FileMode(rawValue: 0o666)),
                ProvisionedFile(path: "/etc/e", content: .bytes([0xFF, 0xFE]), encoding: .text),
                ProvisionedFile(path: "/etc/f", text: "f", owner: FileOwner(user: "Www")),
            ]
            parameters.commands = [.shell("  "), .exec([]), .exec(["", "x"])]
            parameters.timezone = "Europe/../Paris"
            parameters.locale = "english"
            parameters.ntp = NTPSettings(servers: ["time_server"])
        }
        #expect(
            found == [
                "commands.0 empty-command", "commands.1 empty-command", "commands.2 empty-command",
                "files.1.path duplicate-path", "files.2.path invalid-path", "files.3.path invalid-path",
                "files.4.mode world-writable", "files.5.encoding invalid-content", "files.6.owner invalid-owner",
                "groups.1 duplicate-group", "locale invalid-locale", "ntp.servers.0 invalid-ntp-server",
                "packages.1 invalid-package", "packages.2 invalid-package", "packages.3 invalid-package",
                "timezone invalid-timezone", "users.1.name duplicate-user", "users.2.name invalid-user-name",
            ])
    }

    @Test func theImageMustBeOneTheDistributionHas() {
        #expect(
            Self.problems(.rhel8, image: ImageDefinition(architecture: .arm64)) { _ in }
                == ["image.architecture unsupported-architecture"])
        #expect(
            Self.problems(.ubuntu2404, image: ImageDefinition(hyperVGeneration: .v1, architecture: .arm64)) { _ in }
                == ["image.hyper-v-generation arm64-needs-generation-2"])
        #expect(Self.problems(.ubuntu2404, image: ImageDefinition(hyperVGeneration: .v1)) { _ in }.isEmpty)
    }

    @Test func aSpecializedImageTakesNoFirstBootSettings() throws {
        let image = ImageDefinition(osState: .specialized)
        let found = try Self.problems(.debian12, image: image) { parameters in
            parameters.identity = try HostIdentity(hostname: "web")
            parameters.admin = try AdminAccount(name: "azureops", password: Password("Correct-Horse-1"))
            parameters.packages = ["nginx"]
            parameters.resourceDisk = ResourceDisk(swap: SwapSize(percent: 10))
        }
        #expect(
            found == [
                "admin not-provisioned", "hostname not-provisioned", "packages not-provisioned",
                "storage.resource-disk not-provisioned",
            ])
        // Where the agent owns the resource disk, its layout is part of the image.
        let agent = Self.problems(.openSUSELeap15, image: image) { parameters in
            parameters.resourceDisk = ResourceDisk(swap: SwapSize(megabytes: 2048))
        }
        #expect(agent.isEmpty)
        let plan = try ProvisioningPlan(distro: .debian12, image: image, parameters: PlanParameters())
        #expect(plan.provisionerName == "none")
        #expect(plan.provisioningAgent == .disabled)
    }

    @Test func eachProvisionerTakesWhatItCanApply() throws {
        let flatcar = Self.problems(.flatcar) { parameters in
            parameters.packages = ["nginx"]
            parameters.packageUpgrade = true
            parameters.dataDisks = [DataDisk(lun: 0, mountPoint: "/data")]
            parameters.parts = [MIMEPart(text: "#!/bin/sh\n", contentType: "text/x-shellscript")]
            parameters.files = [ProvisionedFile(path: "/etc/motd", text: "hi\n")]
            parameters.commands = [.shell("true")]
        }
        #expect(
            flatcar == [
                "package-upgrade unsupported-by-provisioner", "packages unsupported-by-provisioner",
                "parts unsupported-by-provisioner", "storage.data-disks unsupported-by-provisioner",
            ])
        let agent = try Self.problems(.openSUSELeap15) { parameters in
            parameters.identity = try HostIdentity(hostname: "web")
            parameters.admin = try AdminAccount(name: "azureops")
            parameters.files = [ProvisionedFile(path: "/etc/motd", text: "hi\n")]
            parameters.timezone = "UTC"
        }
        #expect(agent == ["files unsupported-by-provisioner", "timezone unsupported-by-provisioner"])
    }

    @Test func swapIsGivenInTheUnitTheProvisionerTakes() {
        let percentOnly = ResourceDisk(swap: SwapSize(percent: 10))
        let megabytesOnly = ResourceDisk(swap: SwapSize(megabytes: 2048))
        #expect(
            Self.problems(.debian12) { $0.resourceDisk = megabytesOnly }
                == ["storage.resource-disk.swap.percent missing-swap-size"])
        #expect(
            Self.problems(.flatcar) { $0.resourceDisk = percentOnly }
                == ["storage.resource-disk.swap.megabytes missing-swap-size"])
        #expect(
            Self.problems(.openSUSELeap15) { $0.resourceDisk = percentOnly }
                == ["storage.resource-disk.swap.megabytes missing-swap-size"])
        let both = ResourceDisk(mountPoint: "/mnt/resource", swap: SwapSize(percent: 10, megabytes: 2048))
        for distro in [DistroProfile.debian12, .flatcar, .openSUSELeap15] {
            #expect(Self.problems(distro) { $0.resourceDisk = both }.isEmpty, "\(distro.id)")
        }
        #expect(
            Self.problems(.debian12) { $0.resourceDisk = ResourceDisk(swap: SwapSize(percent: 100)) }
                == ["storage.resource-disk.swap.percent invalid-swap-size"])
    }

    @Test func disksAndMountPointsAreDistinct() {
        let found = Self.problems(.debian12) { parameters in
            parameters.resourceDisk = ResourceDisk(mountPoint: "/data")
            parameters.dataDisks = [
                DataDisk(lun: 0, mountPoint: "/data"), DataDisk(lun: 0, mountPoint: "/logs"),
                DataDisk(lun: 64, mountPoint: "/usr"), DataDisk(lun: 2, mountPoint: "relative", label: "a label"),
                DataDisk(lun: 3, mountPoint: "/x", fileSystem: .xfs, label: "thirteen-char"),
            ]
        }
        #expect(
            found == [
                "storage.data-disks.0.mount-point duplicate-mount-point", "storage.data-disks.1.lun duplicate-lun",
                "storage.data-disks.2.lun invalid-lun", "storage.data-disks.2.mount-point invalid-mount-point",
                "storage.data-disks.3.label invalid-label", "storage.data-disks.3.mount-point invalid-mount-point",
                "storage.data-disks.4.label invalid-label",
            ])
    }

    @Test func userPasswordsAreHashedAndMustNotStayLocked() throws {
        var parameters = PlanParameters()
        parameters.users = [
            UserAccount(name: "deploy", lockPassword: false, passwords: [.plainTextPasswd: Password("s3cret-Text")])
        ]
        let plan = try ProvisioningPlan(distro: .debian12, parameters: parameters)
        let hash = try #require(plan.parameters.users.first?.passwordHash)
        #expect(PasswordHasher.verify("s3cret-Text", against: hash))
        #expect(plan.parameters.users.first?.passwords.values.contains { $0.isPlainText } == false)
        let locked = Self.problems(.debian12) { parameters in
            parameters.users = [UserAccount(name: "deploy", passwords: [.hashedPasswd: .hash(hash)])]
        }
        #expect(locked == ["users.0.lock-password invalid-content"])
    }

    @Test func errorsListEveryProblemOnItsOwnLine() {
        var parameters = PlanParameters()
        parameters.packages = ["a b"]
        parameters.timezone = "x y"
        let error = #expect(throws: PlanError.self) {
            try ProvisioningPlan(distro: .debian12, parameters: parameters)
        }
        let lines = error.map { "\($0)" }?.split(separator: "\n") ?? []
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("packages.0: ") == true)
        #expect(lines.first?.hasSuffix("[invalid-package]") == true)
    }
}
