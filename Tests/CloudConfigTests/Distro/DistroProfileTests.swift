import Testing

@testable import CloudConfig

/// The distribution catalog: the identifiers issue 8 asks for, the provisioner each one has, the
/// agent baselines, the waagent.conf each profile renders and the JSON entry of `distros`.
@Suite struct DistroProfileTests {
    /// The identifiers issue 8 lists, each with the provisioner it names.
    static let required: [(String, Provisioner)] = [
        ("ubuntu-20.04", .cloudInit), ("ubuntu-22.04", .cloudInit), ("ubuntu-24.04", .cloudInit),
        ("debian-11", .cloudInit), ("debian-12", .cloudInit), ("rhel-8", .cloudInit), ("rhel-9", .cloudInit),
        ("centos-7", .cloudInit), ("oracle-8", .cloudInit), ("oracle-9", .cloudInit), ("sles-15", .cloudInit),
        ("opensuse-leap-15", .waagent), ("flatcar", .ignition), ("azurelinux-3", .cloudInit),
    ]

    @Test func everyRequiredDistributionExistsWithItsProvisioner() throws {
        for (id, provisioner) in Self.required {
            let profile = try #require(DistroProfile.profile(id: id), "\(id) is missing")
            #expect(profile.id == id)
            #expect(profile.provisioner.value == provisioner, "\(id)")
        }
        let ids = DistroProfile.all.map(\.id)
        #expect(Set(ids).count == ids.count, "identifiers are unique")
        #expect(DistroProfile.profile(id: "ubuntu-2404") == nil)
    }

    @Test func staticMembersAreTheCatalogEntries() {
        #expect(DistroProfile.ubuntu2404.id == "ubuntu-24.04")
        #expect(DistroProfile.debian12.id == "debian-12")
        #expect(DistroProfile.rhel9.id == "rhel-9")
        #expect(DistroProfile.azureLinux3.id == "azurelinux-3")
        #expect(DistroProfile.flatcar.id == "flatcar")
    }

    @Test(arguments: DistroProfile.all.map(\.id))
    func everyDistributionHasAnAgentBaseline(_ id: String) throws {
        let profile = try #require(DistroProfile.profile(id: id))
        let baseline = try #require(profile.agentBaseline, "AgentBaseline has no baseline for \(id)")
        #expect(AgentBaseline.variant(baseline.id) != nil)
        #expect(profile.agentBaselineMapping?.distro == id)
    }

    @Test(arguments: DistroProfile.all.map(\.id))
    func cloudInitIsDescribedExactlyWhenItProvisions(_ id: String) throws {
        let profile = try #require(DistroProfile.profile(id: id))
        guard profile.provisioner.value == .cloudInit else {
            #expect(profile.cloudInit == nil)
            #expect(profile.dropIns.isEmpty, "no cloud-init drop-ins for \(id)")
            return
        }
        let cloudInit = try #require(profile.cloudInit)
        // The lint target is a release the catalog describes, and never newer than the shipped one.
        #expect(cloudInit.lintTarget >= .debian12 && cloudInit.lintTarget <= .newest)
        if let shipped = cloudInit.version.value {
            #expect(cloudInit.lintTarget <= max(shipped, .debian12))
            #expect(cloudInit.version.evidence != .open)
        } else {
            #expect(cloudInit.version.evidence == .open)
            #expect(cloudInit.lintTarget == .debian12)
        }
        #expect(!cloudInit.lintTargetReason.isEmpty)
    }

    @Test func knownReleasesAndTheirEvidence() throws {
        #expect(DistroProfile.debian12.cloudInit?.version.value == "22.4.2")
        #expect(DistroProfile.debian12.cloudInit?.version.evidence == .verified)
        #expect(DistroProfile.debian12.cloudInit?.lintTarget == "22.4.2")
        #expect(DistroProfile.centos7.cloudInit?.version.value == "19.4")
        #expect(DistroProfile.centos7.cloudInit?.lintTarget == "22.4.2")
        #expect(DistroProfile.centos7.cloudInit?.cleansMachineID == false)
        #expect(DistroProfile.sles15.cloudInit?.version.value == nil)
        #expect(DistroProfile.sles15.cloudInit?.version.evidence == .open)
        #expect(DistroProfile.azureLinux3.cloudInit?.cleansMachineID == true)
    }

    /// What each provisioner makes of `Provisioning.Agent` and the resource disk, read back
    /// from the rendered waagent.conf with cloudcfg's parser.
    @Test(arguments: DistroProfile.all.map(\.id), OSState.allCases)
    func renderedAgentConfigurationFollowsTheProvisioner(_ id: String, _ state: OSState) throws {
        let profile = try #require(DistroProfile.profile(id: id))
        let text = try profile.renderAgentConfiguration(for: state)
        let parsed = AgentConfiguration(text: text)
        #expect(parsed.isReadable)
        let expected: String =
            switch (state, profile.provisioner.value) {
            case (.specialized, _): "disabled"
            case (.generalized, .cloudInit): "cloud-init"
            case (.generalized, .waagent), (.generalized, .ignition): "waagent"
            }
        #expect(parsed.values["Provisioning.Agent"] == .some(expected), "\(id) \(state)")
        #expect(profile.provisioningAgent(for: state).rawValue == expected)
        if profile.provisioner.value == .cloudInit {
            #expect(parsed.values["ResourceDisk.Format"] == .some("n"))
            #expect(parsed.values["ResourceDisk.EnableSwap"] == .some("n"))
        }
        // Every key is written once, and none of the dead keys the shipped files carry.
        #expect(parsed.entries.count == Set(parsed.entries.map(\.key)).count)
        for dead in ["Provisioning.Enabled", "Provisioning.UseCloudInit", "LBProbeResponder", "Role.StateConsumer"] {
            #expect(parsed.values[dead] == nil)
        }
    }

    @Test func flatcarDeliversACustomAgentConfigurationThroughIgnition() {
        let agent = DistroProfile.flatcar.agent
        #expect(agent.configurationPath.value == "/etc/waagent.conf")
        #expect(agent.shippedConfigurationPath == "/usr/share/waagent/waagent.conf")
        #expect(agent.delivery == .ignitionStorageFile)
        #expect(agent.package.value == nil)
        for profile in DistroProfile.all where profile.id != "flatcar" {
            #expect(profile.agent.delivery == .imageFile)
            #expect(profile.agent.configurationPath.value == "/etc/waagent.conf")
            #expect(profile.agent.shippedConfigurationPath == nil)
        }
    }

    @Test func agentServiceNamesFollowTheFamily() {
        for profile in DistroProfile.all {
            let expected =
                profile.id.hasPrefix("ubuntu") || profile.id.hasPrefix("debian")
                ? "walinuxagent.service" : "waagent.service"
            #expect(profile.agent.service.value == expected, "\(profile.id)")
        }
        #expect(DistroProfile.debian12.agent.package.value == "waagent")
        #expect(DistroProfile.ubuntu2204.agent.package.value == "walinuxagent")
        #expect(DistroProfile.sles15.agent.package.value == "python-azure-agent")
        #expect(DistroProfile.azureLinux3.agent.binary.value == "/usr/bin/waagent")
    }

    @Test func packageManagerFamilies() {
        #expect(DistroProfile.ubuntu2404.packageManager.value.family == "apt")
        #expect(DistroProfile.centos7.packageManager.value == .yum)
        #expect(DistroProfile.rhel9.packageManager.value.family == "dnf-yum")
        #expect(DistroProfile.azureLinux3.packageManager.value.family == "dnf-yum")
        #expect(DistroProfile.sles15.packageManager.value.family == "zypper")
        #expect(DistroProfile.flatcar.packageManager.value.family == "none")
    }

    @Test func everyProfileSupportsAGenerationAndAnArchitecture() {
        for profile in DistroProfile.all {
            #expect(!profile.hyperVGenerations.value.isEmpty)
            #expect(profile.architectures.value.contains(.x64), "\(profile.id)")
            #expect(
                profile.initramfs.value == .none
                    ? profile.hyperVDrivers.value.isEmpty : !profile.hyperVDrivers.value.isEmpty,
                "\(profile.id)")
            #expect(profile.kernelArguments.value.contains { $0.hasPrefix("console=ttyS0") }, "\(profile.id)")
        }
    }
}
